using System.Globalization;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>
/// Date operands as Jira reads them: <c>"yyyy/MM/dd [HH:mm]"</c> and <c>"yyyy-MM-dd [HH:mm]"</c> in the
/// searching account's time zone, relative offsets (<c>-1d</c>, <c>"-2h"</c>, <c>-1w</c>; a quoted number
/// without a unit is minutes), an unquoted number as epoch milliseconds, and <c>now()</c>.
/// </summary>
internal static partial class JqlDates
{
    private static readonly string[] Formats = ["yyyy/MM/dd HH:mm", "yyyy-MM-dd HH:mm", "yyyy/MM/dd", "yyyy-MM-dd"];

    public static DateTimeOffset Resolve(JqlValue value, string fieldName, DateTimeOffset now, TimeZoneInfo zone) =>
        TryResolve(value, now, zone, out var instant)
            ? instant
            : throw new JqlException(
                $"Date value '{value.Text}' for field '{fieldName}' is invalid. Valid formats include: " +
                "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', " +
                "or a period format e.g. '-5d', '4w 2d'.");

    public static bool TryResolve(JqlValue value, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        if (value.IsFunction)
        {
            if (!value.Text.Equals("now", StringComparison.OrdinalIgnoreCase))
            {
                throw new JqlException($"The function '{value.Text}()' is not supported by this fake.");
            }

            instant = now;
            return true;
        }

        var text = value.Text.Trim();
        if (!value.Quoted && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epochMs))
        {
            instant = DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
            return true;
        }

        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // A literal without a zone is wall-clock time in the searching account's zone.
            var offset = zone.GetUtcOffset(local);
            instant = new DateTimeOffset(local, offset);
            return true;
        }

        return TryRelative(text, now, out instant);
    }

    private static bool TryRelative(string text, DateTimeOffset now, out DateTimeOffset instant)
    {
        instant = now;
        var match = RelativePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var amount = long.Parse(TrimUnit(part.Value), CultureInfo.InvariantCulture);
            total += UnitOf(part.Value) switch
            {
                'w' => TimeSpan.FromDays(7 * amount),
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromMinutes(amount),
            };
        }

        instant = now + (sign * total);
        return true;
    }

    private static string TrimUnit(string part) => char.IsDigit(part[^1]) ? part : part[..^1];

    private static char UnitOf(string part) => char.IsDigit(part[^1]) ? 'm' : char.ToLowerInvariant(part[^1]);

    [GeneratedRegex(@"^(?<sign>[-+]?)\s*(?:(?<part>\d+[wdhmWDHM]?)\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
