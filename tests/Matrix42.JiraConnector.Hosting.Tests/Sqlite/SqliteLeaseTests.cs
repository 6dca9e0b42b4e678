using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

public sealed class SqliteLeaseTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TryAcquireLease_HeldByOtherStoreOnSameFile_ReturnsNull()
    {
        using var database = new TempDatabase();
        var hostA = database.Open();
        var hostB = database.Open();

        var lease = await hostA.TryAcquireLeaseAsync("t1", "host-a", Ttl);

        Assert.NotNull(lease);
        Assert.Null(await hostB.TryAcquireLeaseAsync("t1", "host-b", Ttl));
        Assert.NotNull(await hostB.TryAcquireLeaseAsync("t2", "host-b", Ttl));
        Assert.Equal("host-a", (await hostB.GetLeaseAsync("t1"))!.Holder);
    }

    [Fact]
    public async Task TryAcquireLease_AfterReleaseOrExpiry_GrantsGrowingTokens()
    {
        using var database = new TempDatabase();
        var hostA = database.Open();
        var hostB = database.Open();

        var first = await hostA.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        Assert.True(await hostA.ReleaseLeaseAsync(first!));
        var second = await hostB.TryAcquireLeaseAsync("t1", "host-b", Ttl);
        database.Time.Advance(Ttl);
        var third = await hostA.TryAcquireLeaseAsync("t1", "host-a", Ttl);

        Assert.Equal(first!.FencingToken + 1, second!.FencingToken);
        Assert.Equal(second.FencingToken + 1, third!.FencingToken);
        Assert.False(await hostB.ReleaseLeaseAsync(second));
    }

    [Fact]
    public async Task CommitCache_StaleLeaseAfterTakeover_RefusedAndNothingWritten()
    {
        using var database = new TempDatabase();
        var hostA = database.Open();
        var hostB = database.Open();
        var stale = await hostA.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        database.Time.Advance(Ttl + TimeSpan.FromSeconds(1));
        var current = await hostB.TryAcquireLeaseAsync("t1", "host-b", Ttl);
        var batch = new TaskCacheBatch
        {
            Upserts = [new TaskCacheEntry(EntityKey.ForIssue("10001"), "h1", "c1", null)],
        };

        var error = await Assert.ThrowsAsync<StaleLeaseException>(() => hostA.CommitCacheAsync(stale!, batch));

        Assert.Equal(stale!.FencingToken, error.FencingToken);
        Assert.Equal(current!.FencingToken, error.CurrentFencingToken);
        Assert.Equal(0, (await hostB.GetCacheInfoAsync("t1")).EntryCount);
        await Assert.ThrowsAsync<StaleLeaseException>(
            () => hostA.CommitWatermarkAsync(stale, database.Time.GetUtcNow()));
        await Assert.ThrowsAsync<StaleLeaseException>(() => hostA.CommitRemovedKeysAsync(stale, [], []));
        await Assert.ThrowsAsync<StaleLeaseException>(() => hostA.RenewLeaseAsync(stale, Ttl));
        Assert.Null(await hostB.GetWatermarkAsync("t1"));

        await hostB.CommitCacheAsync(current, batch);
        Assert.Equal(1, (await hostA.GetCacheInfoAsync("t1")).EntryCount);
    }

    [Fact]
    public async Task RenewLease_CurrentLease_ExtendsExpiryAndKeepsToken()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        var lease = await store.TryAcquireLeaseAsync("t1", "host-a", Ttl);
        database.Time.Advance(TimeSpan.FromMinutes(1));

        var renewed = await store.RenewLeaseAsync(lease!, Ttl);
        database.Time.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));

        Assert.Equal(lease!.FencingToken, renewed.FencingToken);
        Assert.Equal(lease.ExpiresAt + TimeSpan.FromMinutes(1), renewed.ExpiresAt);
        Assert.Null(await database.Open().TryAcquireLeaseAsync("t1", "host-b", Ttl));
    }
}
