namespace Matrix42.JiraConnector.State;

/// <content>Removed-key sets and held deletion lists.</content>
public sealed partial class InMemoryConnectorStateStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, RemovedKeyEntry>> GetRemovedKeysAsync(
        string taskId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete<IReadOnlyDictionary<EntityKey, RemovedKeyEntry>>(
            () => new Dictionary<EntityKey, RemovedKeyEntry>(StateOf(taskId).RemovedKeys),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task CommitRemovedKeysAsync(
        TaskLease lease,
        IReadOnlyCollection<RemovedKeyEntry> marked,
        IReadOnlyCollection<EntityKey> restored,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(restored);
        return Complete(() =>
        {
            var removed = RequireCurrent(lease).RemovedKeys;
            foreach (var key in restored)
            {
                removed.Remove(key);
            }

            foreach (var entry in marked)
            {
                removed[entry.Key] = entry;
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveHeldDeletionAsync(HeldDeletion held, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentException.ThrowIfNullOrWhiteSpace(held.TaskId);
        return Complete(() =>
        {
            var list = StateOf(held.TaskId).HeldDeletions;
            list.RemoveAll(h => h.ExecutionId == held.ExecutionId);
            if (held.Status == HeldDeletionStatus.Pending)
            {
                var now = _timeProvider.GetUtcNow();
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i].Status == HeldDeletionStatus.Pending)
                    {
                        list[i] = list[i] with { Status = HeldDeletionStatus.Superseded, StatusChangedAt = now };
                    }
                }
            }

            list.Add(held);
            if (list.Count > _runHistoryLimit)
            {
                list.RemoveAt(0);
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<HeldDeletion?> GetHeldDeletionAsync(
        string taskId,
        string executionId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return Complete(() => StateOf(taskId).HeldDeletions.Find(h => h.ExecutionId == executionId), cancellationToken);
    }

    /// <inheritdoc />
    public Task<HeldDeletion?> GetLatestHeldDeletionAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete(() => StateOf(taskId).HeldDeletions.LastOrDefault(), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> TryUpdateHeldDeletionStatusAsync(
        string taskId,
        string executionId,
        HeldDeletionStatus expectedStatus,
        HeldDeletionStatus newStatus,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return Complete(() =>
        {
            var list = StateOf(taskId).HeldDeletions;
            var index = list.FindIndex(h => h.ExecutionId == executionId);
            if (index < 0 || list[index].Status != expectedStatus)
            {
                return false;
            }

            list[index] = list[index] with { Status = newStatus, StatusChangedAt = _timeProvider.GetUtcNow() };
            return true;
        }, cancellationToken);
    }
}
