using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Engine;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed class LeaseKeeperTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(3);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConnectorStateStore _store;

    public LeaseKeeperTests() => _store = new InMemoryConnectorStateStore(_time);

    [Fact]
    public async Task AcquireAsync_RunLongerThanTtl_KeepsLeaseAlive()
    {
        await using var keeper = (await LeaseKeeper.AcquireAsync(_store, "t1", "host", Ttl, _time, default))!;

        for (var i = 0; i < 6; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await WaitUntilAsync(() => keeper.Lease.ExpiresAt >= _time.GetUtcNow() + TimeSpan.FromMinutes(2));
        }

        await _store.CommitWatermarkAsync(keeper.Lease, _time.GetUtcNow());
        Assert.False(keeper.LeaseLost.IsCancellationRequested);
        Assert.Null(await _store.TryAcquireLeaseAsync("t1", "other", Ttl));
    }

    [Fact]
    public async Task AcquireAsync_LeaseTakenOver_SignalsLeaseLost()
    {
        await using var keeper = (await LeaseKeeper.AcquireAsync(_store, "t1", "host", Ttl, _time, default))!;
        await _store.ReleaseLeaseAsync(keeper.Lease);
        var successor = await _store.TryAcquireLeaseAsync("t1", "other", Ttl);

        _time.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() => keeper.LeaseLost.IsCancellationRequested);

        Assert.NotNull(successor);
        await Assert.ThrowsAsync<StaleLeaseException>(
            () => _store.CommitWatermarkAsync(keeper.Lease, _time.GetUtcNow()));
    }

    [Fact]
    public async Task DisposeAsync_ReleasesLease()
    {
        var keeper = (await LeaseKeeper.AcquireAsync(_store, "t1", "host", Ttl, _time, default))!;

        await keeper.DisposeAsync();

        Assert.Null(await _store.GetLeaseAsync("t1"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Yield();
            await Task.Delay(5);
        }

        Assert.True(condition());
    }
}
