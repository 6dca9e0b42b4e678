namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The scheduler's mutable bookkeeping for one scheduled task; guarded by the scheduler's lock.</summary>
internal sealed class ScheduledTaskSlot(TaskScheduleEntry entry, CronSchedule? schedule, string? scheduleError)
{
    public TaskKey Key => Entry.Key;

    public TaskScheduleEntry Entry { get; } = entry;

    /// <summary>The parsed schedule; <see langword="null"/> for manual, disabled or unreadable schedules.</summary>
    public CronSchedule? Schedule { get; } = schedule;

    public string? ScheduleError { get; } = scheduleError;

    public DateTimeOffset? NextDue { get; set; }

    /// <summary>A run waiting for a worker; repeated triggers fold into this one.</summary>
    public PendingRun? Pending { get; set; }

    public CancellationTokenSource? RunCancellation { get; set; }

    public bool IsRunning => RunCancellation is not null;

    public IReadOnlyList<int> CacheClearHours { get; set; } = [];

    public DateTimeOffset? NextCacheClear { get; set; }

    public DateTimeOffset? LastStartedAt { get; set; }

    public DateTimeOffset? LastEndedAt { get; set; }

    public SchedulerRunResult? LastResult { get; set; }

    public TaskScheduleState ToState() => new(
        Key, IsRunning, Pending is not null, NextDue, LastStartedAt, LastEndedAt, LastResult, ScheduleError);
}
