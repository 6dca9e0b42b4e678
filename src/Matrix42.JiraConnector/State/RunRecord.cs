namespace Matrix42.JiraConnector.State;

/// <summary>
/// The history entry of one scheduled run: separate extract and load phases, counts, errors and the extract
/// snapshots it wrote. A run saves its record several times as it progresses; the execution id ties them together.
/// </summary>
public sealed record RunRecord
{
    /// <summary>The unique id of this run.</summary>
    public required string ExecutionId { get; init; }

    /// <summary>The task that ran.</summary>
    public required string TaskId { get; init; }

    /// <summary>Full or incremental.</summary>
    /// <value><see cref="RunMode.Full"/> by default.</value>
    public RunMode Mode { get; init; }

    /// <summary>What started the run.</summary>
    /// <value><see cref="RunTrigger.Schedule"/> by default.</value>
    public RunTrigger Trigger { get; init; }

    /// <summary>Whether the run only planned and wrote nothing to ESM.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool IsDryRun { get; init; }

    /// <summary>The extract phase (reading Jira).</summary>
    /// <value><see cref="RunPhase.NotRun"/> by default.</value>
    public RunPhase Extract { get; init; } = RunPhase.NotRun;

    /// <summary>The load phase (writing ESM, including deletion marking).</summary>
    /// <value><see cref="RunPhase.NotRun"/> by default.</value>
    public RunPhase Load { get; init; } = RunPhase.NotRun;

    /// <summary>What the run read and did.</summary>
    /// <value><see cref="RunCounts.Zero"/> by default.</value>
    public RunCounts Counts { get; init; } = RunCounts.Zero;

    /// <summary>Errors, at most a bounded number per run.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<RunError> Errors { get; init; } = [];

    /// <summary>The extract snapshots this run wrote.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<SnapshotReference> Snapshots { get; init; } = [];
}
