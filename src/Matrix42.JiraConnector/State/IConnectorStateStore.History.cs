namespace Matrix42.JiraConnector.State;

/// <content>Run history and the extract snapshot index.</content>
public partial interface IConnectorStateStore
{
    /// <summary>
    /// Adds or replaces a run record (by execution id). Only the newest runs per task are kept (500 by default);
    /// older ones are dropped as new runs arrive.
    /// </summary>
    /// <param name="run">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>One run record.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    Task<RunRecord?> GetRunAsync(string taskId, string executionId, CancellationToken cancellationToken = default);

    /// <summary>A page of the task's run history, newest first.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="skip">How many of the newest runs to skip; not negative.</param>
    /// <param name="take">How many runs to return at most; not negative.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    Task<IReadOnlyList<RunRecord>> GetRunsAsync(
        string taskId,
        int skip,
        int take,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a snapshot file to the task's snapshot index.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="snapshot">The file.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    Task AddSnapshotAsync(string taskId, SnapshotReference snapshot, CancellationToken cancellationToken = default);

    /// <summary>The task's snapshot index, oldest first.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<SnapshotReference>> GetSnapshotsAsync(
        string taskId,
        CancellationToken cancellationToken = default);

    /// <summary>Removes a snapshot file from the index (after retention deleted it).</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="path">The file's path as indexed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when an entry was removed.</returns>
    Task<bool> RemoveSnapshotAsync(string taskId, string path, CancellationToken cancellationToken = default);
}
