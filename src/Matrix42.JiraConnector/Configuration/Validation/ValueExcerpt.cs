using System.Globalization;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Quotes a configured value in a message without letting a huge value flood logs and screens.</summary>
internal static class ValueExcerpt
{
    public const int Length = 40;

    /// <summary>The value, or its first <see cref="Length"/> characters and its length when it is longer.</summary>
    public static string Of(string? value) =>
        value is null || value.Length <= Length
            ? value ?? string.Empty
            : string.Concat(value.AsSpan(0, Length),
                "…(", value.Length.ToString("N0", CultureInfo.InvariantCulture), " chars)");
}
