using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class TaskCacheTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConnectorStateStore _store;

    public TaskCacheTests() => _store = new InMemoryConnectorStateStore(_time);

    [Fact]
    public async Task CommitCacheAsync_Batch_EntriesReadableByKey()
    {
        var lease = await AcquireAsync();
        var updated = new DateTimeOffset(2026, 1, 4, 10, 0, 0, TimeSpan.FromHours(2));
        var issue = new TaskCacheEntry(EntityKey.ForIssue("10001"), "hash-a", "501", updated);
        var user = new TaskCacheEntry(EntityKey.ForUser("acc-1"), "hash-b", "502", null);

        await _store.CommitCacheAsync(lease, new TaskCacheBatch { Upserts = [issue, user] });
        var found = await _store.GetCacheEntriesAsync(
            "t1", [EntityKey.ForIssue("10001"), EntityKey.ForUser("acc-1"), EntityKey.ForIssue("missing")]);

        Assert.Equal(2, found.Count);
        Assert.Equal(issue, found[EntityKey.ForIssue("10001")]);
        Assert.Equal(user, found[EntityKey.ForUser("acc-1")]);
    }

    [Fact]
    public async Task GetCacheEntriesAsync_SameIdDifferentKind_AreDistinct()
    {
        var lease = await AcquireAsync();
        await _store.CommitCacheAsync(lease, Batch(new TaskCacheEntry(EntityKey.ForUser("x"), "u", "1", null)));

        var found = await _store.GetCacheEntriesAsync("t1", [EntityKey.ForGroup("x")]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task CommitCacheAsync_Removals_DropEntries()
    {
        var lease = await AcquireAsync();
        await _store.CommitCacheAsync(lease, Batch(Entry("1"), Entry("2")));

        await _store.CommitCacheAsync(lease, new TaskCacheBatch { Removals = [EntityKey.ForIssue("1")] });

        var remaining = await ReadAllAsync("t1");
        Assert.Equal(["2"], remaining.Select(e => e.Key.Id));
    }

    [Fact]
    public async Task CommitCacheAsync_SameKeyAgain_ReplacesEntry()
    {
        var lease = await AcquireAsync();
        await _store.CommitCacheAsync(lease, Batch(Entry("1") with { ContentHash = "old" }));

        await _store.CommitCacheAsync(lease, Batch(Entry("1") with { ContentHash = "new" }));

        var found = await _store.GetCacheEntriesAsync("t1", [EntityKey.ForIssue("1")]);
        Assert.Equal("new", found[EntityKey.ForIssue("1")].ContentHash);
        Assert.Equal(1, (await _store.GetCacheInfoAsync("t1")).EntryCount);
    }

    [Fact]
    public async Task ClearCacheAsync_KeepsWatermarkRemovedKeysAndHistory()
    {
        var lease = await AcquireAsync();
        var watermark = new DateTimeOffset(2026, 1, 4, 23, 59, 0, TimeSpan.Zero);
        await _store.CommitCacheAsync(lease, Batch(Entry("1"), Entry("2")));
        await _store.CommitWatermarkAsync(lease, watermark);
        var mark = new RemovedKeyEntry(EntityKey.ForIssue("3"), "503", DeletionMarkKind.Removed, _time.GetUtcNow());
        await _store.CommitRemovedKeysAsync(lease, [mark], []);
        await _store.SaveRunAsync(new RunRecord { ExecutionId = "r1", TaskId = "t1" });

        await _store.ClearCacheAsync("t1", CacheClearReason.Requested);

        Assert.Empty(await ReadAllAsync("t1"));
        Assert.Equal(watermark, (await _store.GetWatermarkAsync("t1"))!.UpdatedUpTo);
        Assert.Single(await _store.GetRemovedKeysAsync("t1"));
        Assert.NotNull(await _store.GetRunAsync("t1", "r1"));
    }

    [Fact]
    public async Task ClearCacheAsync_RecordsTimeReasonAndFingerprint()
    {
        await _store.ClearCacheAsync("t1", CacheClearReason.MappingChanged, "map-v2");
        _time.Advance(TimeSpan.FromHours(1));
        await _store.ClearCacheAsync("t1", CacheClearReason.Scheduled);

        var info = await _store.GetCacheInfoAsync("t1");

        Assert.Equal(_time.GetUtcNow(), info.LastClearedAt);
        Assert.Equal(CacheClearReason.Scheduled, info.LastClearReason);
        Assert.Equal("map-v2", info.MappingFingerprint);
    }

    [Fact]
    public async Task GetCacheInfoAsync_UnknownTask_IsEmpty()
    {
        var info = await _store.GetCacheInfoAsync("never-ran");

        Assert.Equal(new TaskCacheInfo(0, null, null, null), info);
    }

    [Fact]
    public async Task ClearCacheAsync_OneTask_LeavesOtherTasks()
    {
        var lease1 = await AcquireAsync("t1");
        var lease2 = await AcquireAsync("t2");
        await _store.CommitCacheAsync(lease1, Batch(Entry("1")));
        await _store.CommitCacheAsync(lease2, Batch(Entry("1")));

        await _store.ClearCacheAsync("t1", CacheClearReason.Requested);

        Assert.Empty(await ReadAllAsync("t1"));
        Assert.Single(await ReadAllAsync("t2"));
    }

    [Fact]
    public async Task CommitWatermarkAsync_EarlierValue_MovesBack()
    {
        var lease = await AcquireAsync();
        var later = new DateTimeOffset(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);
        await _store.CommitWatermarkAsync(lease, later);

        var stored = await _store.CommitWatermarkAsync(lease, later.AddMinutes(-30));

        Assert.Equal(later.AddMinutes(-30), stored.UpdatedUpTo);
        Assert.Equal(_time.GetUtcNow(), stored.CommittedAt);
        Assert.Equal(stored, await _store.GetWatermarkAsync("t1"));
    }

    [Fact]
    public async Task ResetWatermarkAsync_ForgetsWatermarkOnly()
    {
        var lease = await AcquireAsync();
        await _store.CommitWatermarkAsync(lease, _time.GetUtcNow());
        await _store.CommitCacheAsync(lease, Batch(Entry("1")));

        await _store.ResetWatermarkAsync("t1");

        Assert.Null(await _store.GetWatermarkAsync("t1"));
        Assert.Single(await ReadAllAsync("t1"));
    }

    [Fact]
    public async Task CommitCacheAsync_ConcurrentBatches_AllEntriesStored()
    {
        var lease = await AcquireAsync();
        var batches = Enumerable.Range(0, 40).Select(b => Task.Run(() => _store.CommitCacheAsync(
            lease, Batch(Enumerable.Range(0, 25).Select(i => Entry($"{b}-{i}")).ToArray()))));

        await Task.WhenAll(batches);

        Assert.Equal(1000, (await _store.GetCacheInfoAsync("t1")).EntryCount);
    }

    [Fact]
    public async Task ReadCacheAsync_WhileCommitting_EnumeratesASnapshot()
    {
        var lease = await AcquireAsync();
        await _store.CommitCacheAsync(lease, Batch(Entry("1"), Entry("2")));

        var seen = new List<string>();
        await foreach (var entry in _store.ReadCacheAsync("t1"))
        {
            seen.Add(entry.Key.Id);
            await _store.CommitCacheAsync(lease, Batch(Entry("new-" + entry.Key.Id)));
        }

        Assert.Equal(2, seen.Count);
        Assert.Equal(4, (await _store.GetCacheInfoAsync("t1")).EntryCount);
    }

    [Fact]
    public async Task GetCacheEntriesAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _store.GetCacheEntriesAsync("t1", [EntityKey.ForIssue("1")], cts.Token));
    }

    private async Task<TaskLease> AcquireAsync(string taskId = "t1") =>
        (await _store.TryAcquireLeaseAsync(taskId, "host", Ttl))!;

    private async Task<List<TaskCacheEntry>> ReadAllAsync(string taskId)
    {
        var all = new List<TaskCacheEntry>();
        await foreach (var entry in _store.ReadCacheAsync(taskId))
        {
            all.Add(entry);
        }

        return all;
    }

    private static TaskCacheEntry Entry(string id) => new(EntityKey.ForIssue(id), "hash-" + id, "9" + id, null);

    private static TaskCacheBatch Batch(params TaskCacheEntry[] entries) => new() { Upserts = entries };
}
