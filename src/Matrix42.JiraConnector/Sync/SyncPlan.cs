using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>What a run would write: the result of a dry run.</summary>
public sealed record SyncPlan
{
    /// <summary>Cards to create or update, and cards skipped because another task owns them.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<PlannedCardWrite> Writes { get; init; } = [];

    /// <summary>Cards to mark removed or inactive.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<DeletionMark> Marks { get; init; } = [];

    /// <summary>Cards whose state would be restored.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<PlannedRestore> Restores { get; init; } = [];

    /// <summary>Marks the deletion guard would hold for approval.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<DeletionMark> HeldMarks { get; init; } = [];

    /// <summary>Which guard limit would trip; <see langword="null"/> when nothing would be held.</summary>
    public string? HeldReason { get; init; }
}
