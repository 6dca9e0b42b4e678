using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class LeaseTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConnectorStateStore _store;

    public LeaseTests() => _store = new InMemoryConnectorStateStore(_time);

    [Fact]
    public async Task TryAcquireLeaseAsync_WhileHeld_ReturnsNull()
    {
        var first = await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        var second = await _store.TryAcquireLeaseAsync("t1", "host-b", Ttl);

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_OtherTask_IsIndependent()
    {
        var first = await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        var other = await _store.TryAcquireLeaseAsync("t2", "host-a", Ttl);

        Assert.NotNull(first);
        Assert.NotNull(other);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_AfterExpiry_GrantsHigherToken()
    {
        var first = await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        _time.Advance(Ttl);

        var second = await _store.TryAcquireLeaseAsync("t1", "host-b", Ttl);

        Assert.NotNull(second);
        Assert.True(second.FencingToken > first!.FencingToken);
        Assert.Equal(_time.GetUtcNow() + Ttl, second.ExpiresAt);
    }

    [Fact]
    public async Task CommitCacheAsync_UnderSupersededLease_IsRefusedAndWritesNothing()
    {
        var stale = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));
        var current = (await _store.TryAcquireLeaseAsync("t1", "host-b", Ttl))!;

        var error = await Assert.ThrowsAsync<StaleLeaseException>(
            () => _store.CommitCacheAsync(stale, Batch("1")));

        Assert.Equal("t1", error.TaskId);
        Assert.Equal(stale.FencingToken, error.FencingToken);
        Assert.Equal(current.FencingToken, error.CurrentFencingToken);
        Assert.Equal(0, (await _store.GetCacheInfoAsync("t1")).EntryCount);
    }

    [Fact]
    public async Task CommitWatermarkAsync_UnderExpiredLease_IsRefused()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;
        _time.Advance(Ttl);

        await Assert.ThrowsAsync<StaleLeaseException>(() => _store.CommitWatermarkAsync(lease, _time.GetUtcNow()));

        Assert.Null(await _store.GetWatermarkAsync("t1"));
    }

    [Fact]
    public async Task CommitRemovedKeysAsync_UnderReleasedLease_IsRefused()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;
        await _store.ReleaseLeaseAsync(lease);
        var mark = new RemovedKeyEntry(EntityKey.ForUser("u1"), "100", DeletionMarkKind.Removed, _time.GetUtcNow());

        await Assert.ThrowsAsync<StaleLeaseException>(() => _store.CommitRemovedKeysAsync(lease, [mark], []));

        Assert.Empty(await _store.GetRemovedKeysAsync("t1"));
    }

    [Fact]
    public async Task RenewLeaseAsync_BeforeExpiry_ExtendsAndKeepsCommitsWorking()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;
        _time.Advance(TimeSpan.FromMinutes(4));

        var renewed = await _store.RenewLeaseAsync(lease, Ttl);
        _time.Advance(TimeSpan.FromMinutes(4));
        await _store.CommitCacheAsync(lease, Batch("1"));

        Assert.Equal(lease.FencingToken, renewed.FencingToken);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(1), renewed.ExpiresAt);
        Assert.Equal(1, (await _store.GetCacheInfoAsync("t1")).EntryCount);
        Assert.Null(await _store.TryAcquireLeaseAsync("t1", "host-b", Ttl));
    }

    [Fact]
    public async Task RenewLeaseAsync_AfterExpiry_Throws()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;
        _time.Advance(Ttl);

        await Assert.ThrowsAsync<StaleLeaseException>(() => _store.RenewLeaseAsync(lease, Ttl));
    }

    [Fact]
    public async Task ReleaseLeaseAsync_Current_FreesTaskAtOnce()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;

        var released = await _store.ReleaseLeaseAsync(lease);
        var next = await _store.TryAcquireLeaseAsync("t1", "host-b", Ttl);

        Assert.True(released);
        Assert.NotNull(next);
        Assert.True(next.FencingToken > lease.FencingToken);
    }

    [Fact]
    public async Task ReleaseLeaseAsync_Stale_LeavesSuccessorAlone()
    {
        var stale = (await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl))!;
        _time.Advance(Ttl);
        var current = (await _store.TryAcquireLeaseAsync("t1", "host-b", Ttl))!;

        var released = await _store.ReleaseLeaseAsync(stale);

        Assert.False(released);
        Assert.Equal(current, await _store.GetLeaseAsync("t1"));
    }

    [Fact]
    public async Task GetLeaseAsync_AfterExpiry_ReturnsNull()
    {
        await _store.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        _time.Advance(Ttl);

        Assert.Null(await _store.GetLeaseAsync("t1"));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_ManyConcurrentCallers_GrantsExactlyOne()
    {
        var attempts = Enumerable.Range(0, 32)
            .Select(i => Task.Run(() => _store.TryAcquireLeaseAsync("t1", $"worker-{i}", Ttl)));

        var leases = await Task.WhenAll(attempts);

        Assert.Single(leases, l => l is not null);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_NonPositiveTtl_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _store.TryAcquireLeaseAsync("t1", "host-a", TimeSpan.Zero));
    }

    private static TaskCacheBatch Batch(string id) =>
        new() { Upserts = [new TaskCacheEntry(EntityKey.ForIssue(id), "h", "900" + id, null)] };
}
