using Matrix42.JiraConnector.Jira.Dates;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The mapping engine's view of Jira date texts. The shapes Jira Cloud sends (<c>yyyy-MM-dd</c> and
/// <c>yyyy-MM-ddTHH:mm:ss.fff+hhmm</c>) are read digit by digit, because format-string parsing dominated the
/// cost of mapping a page; anything else goes to the Jira client's <see cref="JiraDates"/>. Date-times must carry
/// an offset: guessing a zone would shift absolute instants.
/// </summary>
internal static class JiraDateText
{
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (text.Length == 10 && TryReadDate(text, out var year, out var month, out var day) &&
            day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        return JiraDates.TryParseDate(text, out date);
    }

    public static bool TryParseDateTime(string text, out DateTimeOffset instant) =>
        TryParseCompact(text, out instant) || JiraDates.TryParseDateTime(text, out instant);

    // yyyy-MM-ddTHH:mm:ss.fff+hhmm, exactly 28 characters.
    private static bool TryParseCompact(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length != 28 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' ||
            text[23] is not ('+' or '-') || !TryReadDate(text, out var year, out var month, out var day) ||
            day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (!TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) ||
            !TryDigits(text, 17, 2, out var second) || !TryDigits(text, 20, 3, out var millisecond) ||
            !TryDigits(text, 24, 2, out var offsetHours) || !TryDigits(text, 26, 2, out var offsetMinutes) ||
            hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59)
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        instant = new DateTimeOffset(year, month, day, hour, minute, second, millisecond,
            text[23] == '-' ? -offset : offset);
        return true;
    }

    private static bool TryReadDate(string text, out int year, out int month, out int day)
    {
        month = day = 0;
        return TryDigits(text, 0, 4, out year) && text[4] == '-' && TryDigits(text, 5, 2, out month) &&
               text[7] == '-' && TryDigits(text, 8, 2, out day) && year > 0 && month is >= 1 and <= 12 && day >= 1;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
