namespace Matrix42.JiraConnector.State;

/// <summary>
/// A deletion marking the guard stopped because it would touch too many of the task's cards. It waits with the
/// full list until it is approved or rejected.
/// </summary>
public sealed record HeldDeletion
{
    /// <summary>The task.</summary>
    public required string TaskId { get; init; }

    /// <summary>The run that planned the marking.</summary>
    public required string ExecutionId { get; init; }

    /// <summary>When the guard held it.</summary>
    public required DateTimeOffset HeldAt { get; init; }

    /// <summary>The cards that would be marked.</summary>
    public required IReadOnlyList<DeletionMark> Marks { get; init; }

    /// <summary>How many cards the task owned when the list was made (the base of the share).</summary>
    public required int OwnedCardCount { get; init; }

    /// <summary>Which limit tripped, in words.</summary>
    public required string Reason { get; init; }

    /// <summary>Where the list stands.</summary>
    /// <value><see cref="HeldDeletionStatus.Pending"/> by default.</value>
    public HeldDeletionStatus Status { get; init; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset? StatusChangedAt { get; init; }
}
