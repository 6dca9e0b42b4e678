namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// Shared bookkeeping that keeps scheduler instances from running the same task twice: task leases
/// with fencing tokens, and a per-task checkpoint of the latest schedule occurrence already served.
/// </summary>
/// <remarks>
/// The in-memory implementation coordinates one process; the SQLite store coordinates every process
/// on one machine that opens the same file.
/// </remarks>
public interface ITaskCoordinationStore
{
    /// <summary>Grants the task's lease to <paramref name="holder"/> unless another holder has a live one.</summary>
    /// <param name="key">The task.</param>
    /// <param name="holder">The id of the asking scheduler instance.</param>
    /// <param name="duration">How long the lease lives without renewal.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The new lease with a fresh fencing token, or <see langword="null"/> when the task is held.</returns>
    ValueTask<TaskLease?> TryAcquireLeaseAsync(
        TaskKey key, string holder, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Extends a lease that is still held by its holder with the same fencing token.</summary>
    /// <param name="lease">The lease to extend.</param>
    /// <param name="duration">The new lifetime, counted from now.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The extended lease, or <see langword="null"/> when the lease was lost.</returns>
    ValueTask<TaskLease?> TryRenewLeaseAsync(
        TaskLease lease, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives a lease up; does nothing when it was already lost.</summary>
    /// <param name="lease">The lease to release.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>A task completing when the lease is released.</returns>
    ValueTask ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default);

    /// <summary>Reads the latest schedule occurrence already served for a task.</summary>
    /// <param name="key">The task.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint, or <see langword="null"/> when no scheduler has seen the task yet.</returns>
    ValueTask<DateTimeOffset?> GetScheduleCheckpointAsync(
        TaskKey key, CancellationToken cancellationToken = default);

    /// <summary>Moves the task's checkpoint to <paramref name="occurrence"/> if that is later than the stored one.
    /// </summary>
    /// <param name="key">The task.</param>
    /// <param name="occurrence">The occurrence being claimed.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>
    /// <see langword="true"/> when this caller claimed the occurrence; <see langword="false"/> when it (or a later
    /// one) was already served.
    /// </returns>
    ValueTask<bool> TryAdvanceScheduleCheckpointAsync(
        TaskKey key, DateTimeOffset occurrence, CancellationToken cancellationToken = default);
}
