using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Jira.Jql;

/// <summary>
/// Writes JQL literals safely: quoted strings with every special character escaped, field names, and
/// date-time bounds that mean the same instant whatever the searching account's time zone.
/// </summary>
public static partial class Jql
{
    /// <summary>
    /// Quotes a value as a JQL string literal. Backslashes, double quotes and control characters are
    /// escaped, so account ids with colons, names with quotes and paths with backslashes stay one value.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The literal including its surrounding double quotes.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Writes a field reference: plain identifiers (<c>project</c>, <c>customfield_10050</c>) and
    /// <c>cf[10050]</c> stay as they are; anything else (names with spaces) is quoted.
    /// </summary>
    /// <param name="field">The field id, clause name or <c>cf[id]</c> form.</param>
    /// <returns>The field reference.</returns>
    public static string Field(string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return PlainField().IsMatch(field) ? field : Quote(field);
    }

    /// <summary>
    /// Writes an instant as a JQL date literal (<c>"yyyy/MM/dd HH:mm"</c>) in the searching account's
    /// time zone, because Jira reads zone-less JQL literals in that zone, not in UTC.
    /// </summary>
    /// <remarks>
    /// JQL literals stop at minutes, so the value is rounded down to the minute; when the wall-clock time
    /// is ambiguous (the repeated hour when clocks go back) the earlier reading is used by stepping back
    /// the daylight delta. Both only widen a lower bound, so an incremental read may repeat an issue
    /// but never skips one; dedupe on id + <c>updated</c>.
    /// </remarks>
    /// <param name="instant">The instant (any offset).</param>
    /// <param name="accountTimeZone">The account's zone, from <c>GET /myself</c> <c>timeZone</c>.</param>
    /// <returns>The quoted literal.</returns>
    public static string DateTimeLiteral(DateTimeOffset instant, TimeZoneInfo accountTimeZone)
    {
        ArgumentNullException.ThrowIfNull(accountTimeZone);
        var local = TimeZoneInfo.ConvertTime(instant, accountTimeZone).DateTime;
        if (accountTimeZone.IsAmbiguousTime(local))
        {
            var offsets = accountTimeZone.GetAmbiguousTimeOffsets(local);
            local -= offsets.Max() - offsets.Min();
        }

        local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        return "\"" + local.ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture) + "\"";
    }

    /// <summary>Like <see cref="DateTimeLiteral(DateTimeOffset, TimeZoneInfo)"/>, with an IANA zone id.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="accountTimeZoneId">An IANA id such as <c>Europe/Berlin</c> (as <c>/myself</c> returns it).</param>
    /// <returns>The quoted literal.</returns>
    /// <exception cref="ArgumentException">The zone id is unknown on this machine.</exception>
    public static string DateTimeLiteral(DateTimeOffset instant, string accountTimeZoneId) =>
        DateTimeLiteral(instant, FindTimeZone(accountTimeZoneId));

    /// <summary>Looks up a time zone by IANA (or Windows) id, with a clear error naming the id.</summary>
    /// <param name="timeZoneId">The id, such as <c>Europe/Berlin</c>.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ArgumentException">The id is empty or unknown.</exception>
    public static TimeZoneInfo FindTimeZone(string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"The time zone '{timeZoneId}' is not known on this machine.",
                nameof(timeZoneId), ex);
        }
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_.]*|cf\[[0-9]+\])$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainField();
}
