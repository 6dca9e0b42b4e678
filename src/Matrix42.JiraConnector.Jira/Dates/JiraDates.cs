using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Matrix42.JiraConnector.Jira.Dates;

/// <summary>
/// Reads and writes the date formats of Jira Cloud: date-times such as
/// <c>2024-01-31T10:15:30.123+0000</c> (offset without a colon, which the default
/// System.Text.Json parser rejects), <c>+02:00</c> and <c>Z</c> offsets, and date-only
/// values (<c>yyyy-MM-dd</c>) of due dates and date pickers.
/// </summary>
/// <remarks>
/// Date-only values stay <see cref="DateOnly"/> and are never converted through a time zone, so a
/// read-modify-write cycle cannot move them by a day. Whether a field is a date or a date-time is
/// decided by the field schema (<c>date</c> vs <c>datetime</c>), not by looking at the value.
/// </remarks>
public static class JiraDates
{
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ssFFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm",
    ];

    /// <summary>
    /// Parses a Jira date-time that carries an offset (<c>+0000</c>, <c>-05:00</c> or <c>Z</c>).
    /// The offset is kept; the instant is exact.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The instant with the offset Jira rendered it in.</returns>
    /// <exception cref="FormatException">The text is not a Jira date-time with an offset.</exception>
    public static DateTimeOffset ParseDateTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseDateTime(text, out var value))
        {
            return value;
        }

        throw new FormatException(
            $"'{Shorten(text)}' is not a Jira date-time with an offset (expected e.g. 2024-01-31T10:15:30.123+0000).");
    }

    /// <summary>Tries to parse a Jira date-time that carries an offset.</summary>
    /// <param name="text">The text; null or empty fails.</param>
    /// <param name="value">The parsed instant, with its offset.</param>
    /// <returns><see langword="true"/> when the text held an offset date-time.</returns>
    public static bool TryParseDateTime([NotNullWhen(true)] string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = NormalizeOffset(text.Trim());
        return DateTimeOffset.TryParseExact(normalized, OffsetFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out value);
    }

    /// <summary>
    /// Tries to parse a date-time without any offset (for example <c>2019-08-27 19:43:24.193</c>, as some
    /// webhook payloads carry). The result has <see cref="DateTimeKind.Unspecified"/>: the zone is unknown.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The wall-clock time.</param>
    /// <returns><see langword="true"/> when the text was an offset-less date-time.</returns>
    public static bool TryParseLocalDateTime([NotNullWhen(true)] string? text, out DateTime value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) &&
               DateTime.TryParseExact(text.Trim(), LocalFormats, CultureInfo.InvariantCulture,
                   DateTimeStyles.None, out value);
    }

    /// <summary>Parses a Jira date-only value (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The calendar date.</returns>
    /// <exception cref="FormatException">The text is not <c>yyyy-MM-dd</c>.</exception>
    public static DateOnly ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseDate(text, out var value))
        {
            return value;
        }

        throw new FormatException($"'{Shorten(text)}' is not a Jira date (expected yyyy-MM-dd).");
    }

    /// <summary>Tries to parse a Jira date-only value (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="text">The text; null or empty fails.</param>
    /// <param name="value">The calendar date.</param>
    /// <returns><see langword="true"/> when the text was a date.</returns>
    public static bool TryParseDate([NotNullWhen(true)] string? text, out DateOnly value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) &&
               DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                   DateTimeStyles.None, out value);
    }

    /// <summary>
    /// Formats an instant the way Jira writes date-times: <c>yyyy-MM-ddTHH:mm:ss.fff+hhmm</c>, keeping the
    /// value's own offset.
    /// </summary>
    /// <param name="value">The instant.</param>
    /// <returns>The text, such as <c>2024-01-31T10:15:30.123+0000</c>.</returns>
    public static string FormatDateTime(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) +
               sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) +
               abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a calendar date the way Jira expects date-only fields: <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(DateOnly value) =>
        value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "+0000" / "-0530" at the end become "+00:00" / "-05:30"; "Z" becomes "+00:00".
    private static string NormalizeOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return string.Concat(text.AsSpan(0, text.Length - 1), "+00:00");
        }

        var n = text.Length;
        if (n > 5 && (text[n - 5] == '+' || text[n - 5] == '-') && AllDigits(text.AsSpan(n - 4)))
        {
            return string.Concat(text.AsSpan(0, n - 2), ":", text.AsSpan(n - 2));
        }

        return text;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
