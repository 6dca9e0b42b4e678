using System.Runtime.CompilerServices;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>
/// The durable store of a process that may die: calls pass to the real store until the crash point; the call at
/// the point is either not made or made (committed) without its caller learning so; every later call throws.
/// </summary>
internal sealed partial class CrashingStateStore(IConnectorStateStore inner, Interruption point)
    : IConnectorStateStore
{
    public Task<TaskLease?> TryAcquireLeaseAsync(
        string taskId, string holder, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Call(nameof(TryAcquireLeaseAsync), () => inner.TryAcquireLeaseAsync(taskId, holder, timeToLive,
            cancellationToken));

    public Task<TaskLease> RenewLeaseAsync(
        TaskLease lease, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Call(nameof(RenewLeaseAsync), () => inner.RenewLeaseAsync(lease, timeToLive, cancellationToken));

    public Task<bool> ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default) =>
        Call(nameof(ReleaseLeaseAsync), () => inner.ReleaseLeaseAsync(lease, cancellationToken));

    public Task<TaskLease?> GetLeaseAsync(string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetLeaseAsync), () => inner.GetLeaseAsync(taskId, cancellationToken));

    public Task<TaskCacheInfo> GetCacheInfoAsync(string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetCacheInfoAsync), () => inner.GetCacheInfoAsync(taskId, cancellationToken));

    public Task<IReadOnlyDictionary<EntityKey, TaskCacheEntry>> GetCacheEntriesAsync(
        string taskId, IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default) =>
        Call(nameof(GetCacheEntriesAsync), () => inner.GetCacheEntriesAsync(taskId, keys, cancellationToken));

    public async IAsyncEnumerable<TaskCacheEntry> ReadCacheAsync(
        string taskId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Check(nameof(ReadCacheAsync));
        await foreach (var entry in inner.ReadCacheAsync(taskId, cancellationToken))
        {
            yield return entry;
        }
    }

    public Task CommitCacheAsync(
        TaskLease lease, TaskCacheBatch batch, CancellationToken cancellationToken = default) =>
        Call(nameof(CommitCacheAsync), () => inner.CommitCacheAsync(lease, batch, cancellationToken));

    public Task ClearCacheAsync(
        string taskId, CacheClearReason reason, string? mappingFingerprint = null,
        CancellationToken cancellationToken = default) =>
        Call(nameof(ClearCacheAsync), () => inner.ClearCacheAsync(taskId, reason, mappingFingerprint,
            cancellationToken));

    public Task<IncrementalWatermark?> GetWatermarkAsync(
        string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetWatermarkAsync), () => inner.GetWatermarkAsync(taskId, cancellationToken));

    public Task<IncrementalWatermark> CommitWatermarkAsync(
        TaskLease lease, DateTimeOffset updatedUpTo, CancellationToken cancellationToken = default) =>
        Call(nameof(CommitWatermarkAsync), () => inner.CommitWatermarkAsync(lease, updatedUpTo, cancellationToken));

    public Task ResetWatermarkAsync(string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(ResetWatermarkAsync), () => inner.ResetWatermarkAsync(taskId, cancellationToken));

    private void Check(string what)
    {
        if (point.Enter("store " + what, isStore: true))
        {
            point.FireAfter();
        }
    }

    private async Task<T> Call<T>(string what, Func<Task<T>> call)
    {
        var after = point.Enter("store " + what, isStore: true);
        var result = await call();
        if (after)
        {
            point.FireAfter();
        }

        return result;
    }

    private async Task Call(string what, Func<Task> call)
    {
        var after = point.Enter("store " + what, isStore: true);
        await call();
        if (after)
        {
            point.FireAfter();
        }
    }
}
