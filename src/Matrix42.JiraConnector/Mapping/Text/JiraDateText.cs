using System.Globalization;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// Parses Jira's date and date-time texts: <c>2024-03-10T23:30:00.000+0900</c> (offset without colon),
/// ISO-8601 with <c>Z</c> or <c>+09:00</c>, and <c>yyyy-MM-dd</c>. A date-time without any offset is refused,
/// because Jira's instants are absolute and guessing a zone would shift them.
/// </summary>
internal static class JiraDateText
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
    ];

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseDateTime(string text, out DateTimeOffset instant)
    {
        instant = default;
        var span = text.AsSpan().Trim();
        if (span.Length < 11)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        if (span.Length + 1 > buffer.Length)
        {
            return false;
        }

        // "+0900" becomes "+09:00" so the standard offset specifier accepts it.
        int length;
        if (HasCompactOffset(span))
        {
            span[..^2].CopyTo(buffer);
            buffer[span.Length - 2] = ':';
            span[^2..].CopyTo(buffer[(span.Length - 1)..]);
            length = span.Length + 1;
        }
        else if (span[^1] is 'Z' or 'z' || HasColonOffset(span))
        {
            span.CopyTo(buffer);
            length = span.Length;
        }
        else
        {
            return false;
        }

        return DateTimeOffset.TryParseExact(buffer[..length], DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out instant);
    }

    private static bool HasCompactOffset(ReadOnlySpan<char> span) =>
        span[^5] is '+' or '-' && char.IsAsciiDigit(span[^4]) && char.IsAsciiDigit(span[^3]) &&
        char.IsAsciiDigit(span[^2]) && char.IsAsciiDigit(span[^1]) && span[^6] != '-';

    private static bool HasColonOffset(ReadOnlySpan<char> span) =>
        span.Length > 6 && span[^6] is '+' or '-' && span[^3] == ':';
}
