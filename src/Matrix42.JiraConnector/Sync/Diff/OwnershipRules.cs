namespace Matrix42.JiraConnector.Sync.Diff;

/// <summary>Which cards a task may write and which it owns for deletion marking.</summary>
internal sealed class OwnershipRules
{
    private readonly HashSet<string> _adoptedIds;

    /// <summary>Creates the rules of one task.</summary>
    /// <param name="taskId">The task's own id.</param>
    /// <param name="adoptedIds">Legacy task ids or data-source ids treated as this task's.</param>
    /// <param name="adoptUnowned">Whether cards without a task id are written (and stamped).</param>
    /// <param name="takeOverOthers">Whether cards of other tasks are written (and re-stamped).</param>
    public OwnershipRules(string taskId, IEnumerable<string> adoptedIds, bool adoptUnowned, bool takeOverOthers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(adoptedIds);
        TaskId = taskId;
        _adoptedIds = adoptedIds.Where(id => !string.IsNullOrWhiteSpace(id)).ToHashSet(StringComparer.Ordinal);
        AdoptUnowned = adoptUnowned;
        TakeOverOthers = takeOverOthers;
    }

    /// <summary>The task's own id.</summary>
    public string TaskId { get; }

    /// <summary>Whether cards without a task id are written.</summary>
    public bool AdoptUnowned { get; }

    /// <summary>Whether cards of other tasks are written.</summary>
    public bool TakeOverOthers { get; }

    /// <summary>Judges one card by the task id stamped on it.</summary>
    /// <param name="ownerTaskId">The stamped id; <see langword="null"/> or empty when none.</param>
    /// <returns>The verdict.</returns>
    public OwnershipVerdict Judge(string? ownerTaskId)
    {
        if (string.Equals(ownerTaskId, TaskId, StringComparison.Ordinal))
        {
            return OwnershipVerdict.Owned;
        }

        if (string.IsNullOrWhiteSpace(ownerTaskId))
        {
            return AdoptUnowned ? OwnershipVerdict.Adopt : OwnershipVerdict.Conflict;
        }

        if (_adoptedIds.Contains(ownerTaskId))
        {
            return OwnershipVerdict.Adopt;
        }

        return TakeOverOthers ? OwnershipVerdict.TakeOver : OwnershipVerdict.Conflict;
    }

    /// <summary>
    /// Whether deletion marking may touch the card: only cards stamped with this task's id or an adopted id,
    /// never unstamped cards or other tasks' cards.
    /// </summary>
    /// <param name="ownerTaskId">The stamped id.</param>
    /// <returns><see langword="true"/> when the task owns the card.</returns>
    public bool OwnsForDeletion(string? ownerTaskId) =>
        ownerTaskId is not null &&
        (string.Equals(ownerTaskId, TaskId, StringComparison.Ordinal) || _adoptedIds.Contains(ownerTaskId));
}
