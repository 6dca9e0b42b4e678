using System.Runtime.CompilerServices;

namespace Matrix42.JiraConnector.State;

/// <content>Task cache and incremental watermark.</content>
public sealed partial class InMemoryConnectorStateStore
{
    /// <inheritdoc />
    public Task<TaskCacheInfo> GetCacheInfoAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete(() =>
        {
            var state = StateOf(taskId);
            return new TaskCacheInfo(
                state.Cache.Count, state.LastClearedAt, state.LastClearReason, state.MappingFingerprint);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, TaskCacheEntry>> GetCacheEntriesAsync(
        string taskId,
        IReadOnlyCollection<EntityKey> keys,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(keys);
        return Complete<IReadOnlyDictionary<EntityKey, TaskCacheEntry>>(() =>
        {
            var cache = StateOf(taskId).Cache;
            var found = new Dictionary<EntityKey, TaskCacheEntry>(keys.Count);
            foreach (var key in keys)
            {
                if (cache.TryGetValue(key, out var entry))
                {
                    found[key] = entry;
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TaskCacheEntry> ReadCacheAsync(
        string taskId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);

        // A copy taken under the lock lets the caller enumerate slowly while runs keep committing.
        var entries = await Complete(() => StateOf(taskId).Cache.Values.ToList(), cancellationToken)
            .ConfigureAwait(false);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }

    /// <inheritdoc />
    public Task CommitCacheAsync(TaskLease lease, TaskCacheBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(batch);
        return Complete(() =>
        {
            var cache = RequireCurrent(lease).Cache;
            foreach (var key in batch.Removals)
            {
                cache.Remove(key);
            }

            foreach (var entry in batch.Upserts)
            {
                cache[entry.Key] = entry;
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ClearCacheAsync(
        string taskId,
        CacheClearReason reason,
        string? mappingFingerprint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete(() =>
        {
            var state = StateOf(taskId);
            state.Cache.Clear();
            state.LastClearedAt = _timeProvider.GetUtcNow();
            state.LastClearReason = reason;
            state.MappingFingerprint = mappingFingerprint ?? state.MappingFingerprint;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IncrementalWatermark?> GetWatermarkAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete(() => StateOf(taskId).Watermark, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IncrementalWatermark> CommitWatermarkAsync(
        TaskLease lease,
        DateTimeOffset updatedUpTo,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return Complete(() =>
        {
            var state = RequireCurrent(lease);
            state.Watermark = new IncrementalWatermark(updatedUpTo, _timeProvider.GetUtcNow());
            return state.Watermark;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ResetWatermarkAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete(() => { StateOf(taskId).Watermark = null; }, cancellationToken);
    }
}
