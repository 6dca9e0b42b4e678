namespace Matrix42.JiraConnector.State;

/// <summary>
/// Everything the connector remembers between runs: task leases, task caches and watermarks, removed keys and
/// held deletions, comment pairings, event-task trigger data, run history and the extract snapshot index.
/// </summary>
/// <remarks>
/// <para>
/// Implementations must be safe for concurrent use. Writes that a scheduled run makes on the strength of its
/// lease (cache, watermark, removed keys) take the <see cref="TaskLease"/> and are refused with a
/// <see cref="StaleLeaseException"/> once that lease is no longer the task's current one, so a runner that lost
/// its lease cannot overwrite the work of its successor.
/// </para>
/// <para>
/// The members are grouped by concern in partial files; <see cref="InMemoryConnectorStateStore"/> is the
/// reference implementation.
/// </para>
/// </remarks>
public partial interface IConnectorStateStore
{
    /// <summary>
    /// Acquires the task's lease when nobody holds an unexpired one. Every acquisition gets a fencing token
    /// greater than all earlier ones for the task.
    /// </summary>
    /// <param name="taskId">The task.</param>
    /// <param name="holder">Who asks (host and worker), for diagnostics.</param>
    /// <param name="timeToLive">How long the lease lasts unless renewed; must be positive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new lease, or <see langword="null"/> when another unexpired lease exists.</returns>
    Task<TaskLease?> TryAcquireLeaseAsync(
        string taskId,
        string holder,
        TimeSpan timeToLive,
        CancellationToken cancellationToken = default);

    /// <summary>Extends a current lease by <paramref name="timeToLive"/> from now; the token stays the same.</summary>
    /// <param name="lease">The lease to renew.</param>
    /// <param name="timeToLive">The new lifetime from now; must be positive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The renewed lease.</returns>
    /// <exception cref="StaleLeaseException">The lease expired, was released or was superseded.</exception>
    Task<TaskLease> RenewLeaseAsync(
        TaskLease lease,
        TimeSpan timeToLive,
        CancellationToken cancellationToken = default);

    /// <summary>Releases a lease so the task can run again at once. A stale lease is left alone.</summary>
    /// <param name="lease">The lease to release.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the lease was current and is now released.</returns>
    Task<bool> ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default);

    /// <summary>The task's current unexpired lease, if any.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lease, or <see langword="null"/> when the task is free.</returns>
    Task<TaskLease?> GetLeaseAsync(string taskId, CancellationToken cancellationToken = default);
}
