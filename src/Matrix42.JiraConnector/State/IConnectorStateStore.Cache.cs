namespace Matrix42.JiraConnector.State;

/// <content>Task cache and incremental watermark.</content>
public partial interface IConnectorStateStore
{
    /// <summary>Summary of the task's cache: size, last clear and the mapping fingerprint.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary; an empty one for an unknown task.</returns>
    Task<TaskCacheInfo> GetCacheInfoAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>The cache entries for some keys (for example one extracted page).</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="keys">The keys to look up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries found; keys without an entry are absent.</returns>
    Task<IReadOnlyDictionary<EntityKey, TaskCacheEntry>> GetCacheEntriesAsync(
        string taskId,
        IReadOnlyCollection<EntityKey> keys,
        CancellationToken cancellationToken = default);

    /// <summary>Streams all of the task's cache entries, in no particular order.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The entries.</returns>
    IAsyncEnumerable<TaskCacheEntry> ReadCacheAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Applies one batch of cache changes atomically under the task's lease.</summary>
    /// <param name="lease">The caller's lease on the task.</param>
    /// <param name="batch">The entries to write and the keys to drop.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the batch is stored.</returns>
    /// <exception cref="StaleLeaseException">The lease is no longer current; nothing was written.</exception>
    Task CommitCacheAsync(TaskLease lease, TaskCacheBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops every cache entry of the task, so the next run writes every entity again. The watermark, removed
    /// keys and history are kept. Needs no lease: clearing can only cause extra writes, never lost ones.
    /// </summary>
    /// <param name="taskId">The task.</param>
    /// <param name="reason">Why, for the cache summary.</param>
    /// <param name="mappingFingerprint">
    /// The fingerprint of the mapping the refilled cache will describe; <see langword="null"/> keeps the recorded one.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the cache is empty.</returns>
    Task ClearCacheAsync(
        string taskId,
        CacheClearReason reason,
        string? mappingFingerprint = null,
        CancellationToken cancellationToken = default);

    /// <summary>The task's incremental watermark.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The watermark, or <see langword="null"/> before the first incremental run completed.</returns>
    Task<IncrementalWatermark?> GetWatermarkAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Stores the task's watermark under its lease. The value may move backwards (to re-read a failed
    /// entity).</summary>
    /// <param name="lease">The caller's lease on the task.</param>
    /// <param name="updatedUpTo">The Jira <c>updated</c> value the next incremental run starts from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored watermark.</returns>
    /// <exception cref="StaleLeaseException">The lease is no longer current; nothing was written.</exception>
    Task<IncrementalWatermark> CommitWatermarkAsync(
        TaskLease lease,
        DateTimeOffset updatedUpTo,
        CancellationToken cancellationToken = default);

    /// <summary>Forgets the watermark so the next incremental run reads everything. Cache clears never do
    /// this.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the watermark is gone.</returns>
    Task ResetWatermarkAsync(string taskId, CancellationToken cancellationToken = default);
}
