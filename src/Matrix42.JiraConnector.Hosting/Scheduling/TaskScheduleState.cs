namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>A snapshot of what the scheduler knows about one scheduled task.</summary>
/// <param name="Key">The task.</param>
/// <param name="IsRunning">Whether a run is executing now.</param>
/// <param name="IsQueued">Whether a run waits for a free worker.</param>
/// <param name="NextRunAt">The next schedule occurrence, or <see langword="null"/> when not scheduled.</param>
/// <param name="LastStartedAt">When this scheduler last started a run, if ever.</param>
/// <param name="LastEndedAt">When that run ended, if it has.</param>
/// <param name="LastResult">How that run ended, if it has.</param>
/// <param name="ScheduleError">
/// Why the schedule could not be read, if it could not; the task then runs only by hand.
/// </param>
public sealed record TaskScheduleState(
    TaskKey Key,
    bool IsRunning,
    bool IsQueued,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? LastStartedAt,
    DateTimeOffset? LastEndedAt,
    SchedulerRunResult? LastResult,
    string? ScheduleError);
