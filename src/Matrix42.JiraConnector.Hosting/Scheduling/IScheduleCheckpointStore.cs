namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// Remembers, per task, the latest schedule occurrence already served, so schedulers sharing the store
/// serve each occurrence once and a restarted host knows which occurrences it missed.
/// </summary>
/// <remarks>
/// The in-memory implementation serves one process and forgets on restart; the SQLite state store serves
/// every process on one machine that opens the same file, across restarts.
/// </remarks>
public interface IScheduleCheckpointStore
{
    /// <summary>Reads the latest schedule occurrence already served for a task.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint, or <see langword="null"/> when no scheduler has seen the task yet.</returns>
    Task<DateTimeOffset?> GetScheduleCheckpointAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the task's checkpoint to <paramref name="occurrence"/> if that is later than the stored one, in one
    /// atomic step.
    /// </summary>
    /// <param name="taskId">The task.</param>
    /// <param name="occurrence">The occurrence being claimed.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>
    /// <see langword="true"/> when this caller claimed the occurrence; <see langword="false"/> when it (or a later
    /// one) was already served.
    /// </returns>
    Task<bool> TryAdvanceScheduleCheckpointAsync(
        string taskId, DateTimeOffset occurrence, CancellationToken cancellationToken = default);
}
