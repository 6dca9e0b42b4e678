using Cronos;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>A parsed cron expression bound to its time zone.</summary>
internal sealed class CronSchedule
{
    private readonly CronExpression _expression;
    private readonly TimeZoneInfo _zone;

    private CronSchedule(CronExpression expression, TimeZoneInfo zone)
    {
        _expression = expression;
        _zone = zone;
    }

    /// <summary>Reads a five-field (minutes) or six-field (seconds first) expression in a time zone.</summary>
    public static CronSchedule Parse(string cron, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var fieldCount = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fieldCount == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron, format);
        }
        catch (CronFormatException ex)
        {
            throw new InvalidScheduleException($"The cron expression '{cron}' is not valid: {ex.Message}", ex);
        }

        return new CronSchedule(expression, FindZone(timeZone));
    }

    /// <summary>The first occurrence strictly after <paramref name="from"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset from) => _expression.GetNextOccurrence(from, _zone);

    /// <summary>
    /// The latest occurrence in (<paramref name="after"/>, <paramref name="now"/>], or <see langword="null"/>.
    /// </summary>
    public DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset now)
    {
        var first = NextAfter(after);
        if (first is null || first > now)
        {
            return null;
        }

        // Widen a window back from now until it holds an occurrence, so walking forward from its start
        // visits only a few occurrences even when the gap is years of a per-minute schedule.
        var window = TimeSpan.FromSeconds(1);
        var start = now - window;
        while (start > after && (NextAfter(start) is not { } found || found > now))
        {
            window *= 2;
            start = now - window;
        }

        var latest = NextAfter(start > after ? start : after)!.Value;
        while (NextAfter(latest) is { } next && next <= now)
        {
            latest = next;
        }

        return latest;
    }

    private static TimeZoneInfo FindZone(string timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || string.Equals(timeZone, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new InvalidScheduleException($"The time zone '{timeZone}' is not known on this machine.", ex);
        }
        catch (InvalidTimeZoneException ex)
        {
            throw new InvalidScheduleException($"The time zone '{timeZone}' could not be read.", ex);
        }
    }
}
