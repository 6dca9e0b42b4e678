using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Deletion;

/// <summary>What deletion marking will do in one run.</summary>
internal sealed record DeletionPlan
{
    /// <summary>Cards to mark now.</summary>
    public IReadOnlyList<DeletionMark> Marks { get; init; } = [];

    /// <summary>Cards whose state is set back because the object is active again.</summary>
    public IReadOnlyList<PlannedRestore> Restores { get; init; } = [];

    /// <summary>Keys to drop from the removed-key set because the object is active again.</summary>
    public IReadOnlyList<EntityKey> ClearedKeys { get; init; } = [];

    /// <summary>The marks the guard held back; empty unless <see cref="HeldReason"/> is set.</summary>
    public IReadOnlyList<DeletionMark> HeldMarks { get; init; } = [];

    /// <summary>Which guard limit tripped; <see langword="null"/> when nothing is held.</summary>
    public string? HeldReason { get; init; }

    /// <summary>Why removals were not considered at all (incremental run, incomplete extract).</summary>
    public string? RemovalsSkippedReason { get; init; }

    /// <summary>The task's cards not yet in the removed state: the base of the guard's share.</summary>
    public int ActiveOwnedCount { get; init; }

    /// <summary>The held list whose approval let <see cref="Marks"/> through the guard, if any.</summary>
    public string? ApprovedExecutionId { get; init; }

    /// <summary>Whether the guard held the marks.</summary>
    public bool IsHeld => HeldReason is not null;
}
