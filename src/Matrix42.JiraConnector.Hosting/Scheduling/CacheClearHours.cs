namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Finds the next full UTC hour out of a set of hours.</summary>
internal static class CacheClearHours
{
    /// <summary>The first full hour strictly after <paramref name="after"/> that is one of the hours.</summary>
    public static DateTimeOffset? NextAfter(IReadOnlyList<int> hours, DateTimeOffset after)
    {
        if (hours.Count == 0)
        {
            return null;
        }

        var utc = after.ToUniversalTime();
        var hourStart = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);

        // Within 24 hours every listed hour comes round once.
        for (var step = 1; step <= 24; step++)
        {
            var candidate = hourStart.AddHours(step);
            if (hours.Contains(candidate.Hour))
            {
                return candidate;
            }
        }

        return null;
    }
}
