using System.Globalization;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Date formats: UTC with 'Z' on the way out; ISO-8601 with any offset style on the way in.</summary>
internal static class EsmDates
{
    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    // Early platform versions wrote offsets as "+0200"; .NET parses only "+02:00", so a colon is inserted.
    // A value without any offset is taken as UTC.
    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        var normalized = text.Trim();
        if (normalized.Length > 5 && normalized[^5] is '+' or '-' &&
            normalized[^4..].All(char.IsAsciiDigit) && normalized.Contains('T', StringComparison.Ordinal))
        {
            normalized = normalized[..^2] + ":" + normalized[^2..];
        }

        var parsed = DateTimeOffset.TryParse(
            normalized,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out value);
        value = value.ToUniversalTime();
        return parsed && normalized.Length >= 10 && char.IsAsciiDigit(normalized[0]);
    }
}
