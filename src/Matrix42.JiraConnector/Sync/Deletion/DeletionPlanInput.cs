using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Deletion;

/// <summary>Everything the deletion planner looks at after the extract of one run.</summary>
internal sealed record DeletionPlanInput
{
    /// <summary>Full or incremental; only full runs mark removals.</summary>
    public required RunMode Mode { get; init; }

    /// <summary>Whether the extract read everything without error or cancellation.</summary>
    public required bool ExtractCompleted { get; init; }

    /// <summary>The cards this task owns: stamped with its id or with an adopted legacy id.</summary>
    public required IReadOnlyCollection<IndexedCard> OwnedCards { get; init; }

    /// <summary>Every key the extract returned, active or not.</summary>
    public required IReadOnlySet<EntityKey> Seen { get; init; }

    /// <summary>The keys Jira returned as inactive (a subset of <see cref="Seen"/>).</summary>
    public IReadOnlySet<EntityKey> Inactive { get; init; } = new HashSet<EntityKey>();

    /// <summary>The task's removed-key set from state.</summary>
    public IReadOnlyDictionary<EntityKey, RemovedKeyEntry> PreviouslyMarked { get; init; } =
        new Dictionary<EntityKey, RemovedKeyEntry>();

    /// <summary>The latest held deletion of the task, if any; an approved one lets the same marks through.</summary>
    public HeldDeletion? LatestHeld { get; init; }

    /// <summary>The values and limits.</summary>
    public required DeletionRules Rules { get; init; }
}
