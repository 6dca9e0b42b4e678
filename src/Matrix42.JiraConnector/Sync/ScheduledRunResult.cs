using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>The outcome of one scheduled run.</summary>
public sealed record ScheduledRunResult
{
    /// <summary>The run's history record (also saved in the state store unless it was a dry run).</summary>
    public required RunRecord Record { get; init; }

    /// <summary>
    /// Whether the run did not start because another runner holds the task's lease. The record then has both
    /// phases <see cref="RunPhaseStatus.NotRun"/> and is not saved.
    /// </summary>
    public bool SkippedAsRunning { get; init; }

    /// <summary>The plan of a dry run; <see langword="null"/> for a real run.</summary>
    public SyncPlan? Plan { get; init; }

    /// <summary>
    /// The cards a real run wrote (created, updated, marked, restored); <see langword="null"/> for a dry run and
    /// for a run that did not start.
    /// </summary>
    public WrittenCards? Written { get; init; }
}
