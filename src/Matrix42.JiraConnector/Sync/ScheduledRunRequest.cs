using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>How one scheduled run is started.</summary>
public sealed record ScheduledRunRequest
{
    /// <summary>A run started by the schedule with default settings.</summary>
    public static ScheduledRunRequest Default { get; } = new();

    /// <summary>What started the run, for the history.</summary>
    /// <value><see cref="RunTrigger.Schedule"/> by default.</value>
    public RunTrigger Trigger { get; init; }

    /// <summary>Plans only: reads Jira and ESM, returns the plan and writes nothing to ESM or state.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool DryRun { get; init; }

    /// <summary>Marks deletions even when the deletion guard would hold them.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool OverrideDeletionGuard { get; init; }

    /// <summary>
    /// Legacy task ids or data-source ids (for example from Matrix42's native connector) whose cards this task
    /// treats as its own: it updates them instead of creating duplicates, and may mark them removed.
    /// </summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> AdoptedTaskIds { get; init; } = [];

    /// <summary>The run's execution id; a new one is generated when <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? ExecutionId { get; init; }
}
