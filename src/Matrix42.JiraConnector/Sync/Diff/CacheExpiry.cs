namespace Matrix42.JiraConnector.Sync.Diff;

/// <summary>Decides whether a task's cache has reached one of its configured UTC clear hours.</summary>
internal static class CacheExpiry
{
    /// <summary>
    /// Whether a clear hour has passed since the cache was last cleared. A cache never cleared is due, so its
    /// first clear records a time to count from.
    /// </summary>
    /// <param name="lastClearedAt">When the cache was last cleared.</param>
    /// <param name="now">The current time.</param>
    /// <param name="hoursUtc">The clear hours (0 to 23); empty means midnight only.</param>
    /// <returns><see langword="true"/> when the cache should be cleared before this run.</returns>
    public static bool IsDue(DateTimeOffset? lastClearedAt, DateTimeOffset now, IReadOnlyCollection<int> hoursUtc)
    {
        ArgumentNullException.ThrowIfNull(hoursUtc);
        if (lastClearedAt is not { } last)
        {
            return true;
        }

        IReadOnlyCollection<int> hours = hoursUtc.Count == 0 ? [0] : hoursUtc;
        var nowUtc = now.ToUniversalTime();
        var today = new DateTimeOffset(nowUtc.Date, TimeSpan.Zero);
        var latest = DateTimeOffset.MinValue;
        foreach (var hour in hours)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(hour, nameof(hoursUtc));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23, nameof(hoursUtc));
            var boundary = today.AddHours(hour);
            if (boundary > nowUtc)
            {
                boundary = boundary.AddDays(-1);
            }

            latest = boundary > latest ? boundary : latest;
        }

        return latest > last;
    }
}
