namespace Matrix42.JiraConnector.State;

/// <content>Removed-key sets and held deletion lists.</content>
public partial interface IConnectorStateStore
{
    /// <summary>The cards the task has marked removed or inactive and not restored since.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The marked entries by key.</returns>
    Task<IReadOnlyDictionary<EntityKey, RemovedKeyEntry>> GetRemovedKeysAsync(
        string taskId,
        CancellationToken cancellationToken = default);

    /// <summary>Records marks written and restores done, atomically under the task's lease.</summary>
    /// <param name="lease">The caller's lease on the task.</param>
    /// <param name="marked">Cards just marked; an existing entry for the key is replaced.</param>
    /// <param name="restored">Keys whose cards were just restored; their entries are removed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the changes are stored.</returns>
    /// <exception cref="StaleLeaseException">The lease is no longer current; nothing was written.</exception>
    Task CommitRemovedKeysAsync(
        TaskLease lease,
        IReadOnlyCollection<RemovedKeyEntry> marked,
        IReadOnlyCollection<EntityKey> restored,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a held deletion list, replacing one with the same execution id. Saving a pending list marks the
    /// task's older pending lists <see cref="HeldDeletionStatus.Superseded"/>.
    /// </summary>
    /// <param name="held">The list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the list is stored.</returns>
    Task SaveHeldDeletionAsync(HeldDeletion held, CancellationToken cancellationToken = default);

    /// <summary>One held deletion list by the run that made it.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    Task<HeldDeletion?> GetHeldDeletionAsync(
        string taskId,
        string executionId,
        CancellationToken cancellationToken = default);

    /// <summary>The task's most recently held deletion list, whatever its status.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The list, or <see langword="null"/> when none was ever held.</returns>
    Task<HeldDeletion?> GetLatestHeldDeletionAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Moves a held list from one status to another if it still has the expected status.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run that made the list.</param>
    /// <param name="expectedStatus">The status it must have now.</param>
    /// <param name="newStatus">The status to give it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the status changed; <see langword="false"/> when the list is
    /// missing or had another status.</returns>
    Task<bool> TryUpdateHeldDeletionStatusAsync(
        string taskId,
        string executionId,
        HeldDeletionStatus expectedStatus,
        HeldDeletionStatus newStatus,
        CancellationToken cancellationToken = default);
}
