namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The schedule of one scheduled task, as the scheduler sees it.</summary>
/// <param name="Key">The task.</param>
public sealed record TaskScheduleEntry(TaskKey Key)
{
    /// <summary>
    /// A cron expression with five fields (minute precision) or six (seconds first), read in <see cref="TimeZone"/>.
    /// </summary>
    /// <value>No default; without it the task runs only when asked to.</value>
    public string? Cron { get; init; }

    /// <summary>The IANA or Windows id of the time zone the cron expression is read in.</summary>
    /// <value>Defaults to <c>UTC</c>.</value>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Whether the task runs only when asked to, whatever <see cref="Cron"/> says.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ManualOnly { get; init; }

    /// <summary>Whether the schedule is active; a disabled task can still be run by hand.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool Enabled { get; init; } = true;

    /// <summary>The UTC hours (0-23) at which the task cache is cleared.</summary>
    /// <value>
    /// Defaults to <see langword="null"/>, meaning <see cref="TaskSchedulerOptions.CacheClearHoursUtc"/>; an empty
    /// list never clears the cache on a clock.
    /// </value>
    public IReadOnlyList<int>? CacheClearHoursUtc { get; init; }
}
