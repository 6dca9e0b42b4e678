using System.Globalization;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Jira's timestamp text (<c>2021-01-17T12:34:00.000+0000</c>) and the account time zones.</summary>
internal static class JiraDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:ss.fffK", "yyyy-MM-dd'T'HH:mm:sszzz",
            "yyyy-MM-dd'T'HH:mm:ssK",
    ];

    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture)
            + $"{sign}{abs.Hours:00}{abs.Minutes:00}";
    }

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsDigit(text[^1]))
        {
            // Jira writes the offset without a colon; insert one so the standard patterns match.
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.TryParseExact(
            text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Resolves an IANA id; unknown ids fall back to UTC rather than failing a request.</summary>
    public static TimeZoneInfo Zone(string? ianaId)
    {
        if (string.IsNullOrEmpty(ianaId))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
