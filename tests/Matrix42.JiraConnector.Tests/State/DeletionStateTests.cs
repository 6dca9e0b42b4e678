using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class DeletionStateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConnectorStateStore _store;

    public DeletionStateTests() => _store = new InMemoryConnectorStateStore(_time);

    [Fact]
    public async Task CommitRemovedKeysAsync_MarkThenRestore_TracksCurrentSet()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host", TimeSpan.FromMinutes(5)))!;
        var gone = Mark("u1", DeletionMarkKind.Removed);
        var inactive = Mark("u2", DeletionMarkKind.Inactive);
        await _store.CommitRemovedKeysAsync(lease, [gone, inactive], []);

        await _store.CommitRemovedKeysAsync(lease, [], [EntityKey.ForUser("u1")]);

        var set = await _store.GetRemovedKeysAsync("t1");
        Assert.Equal([EntityKey.ForUser("u2")], set.Keys);
        Assert.Equal(DeletionMarkKind.Inactive, set[EntityKey.ForUser("u2")].Kind);
    }

    [Fact]
    public async Task GetRemovedKeysAsync_ReturnsCopy()
    {
        var lease = (await _store.TryAcquireLeaseAsync("t1", "host", TimeSpan.FromMinutes(5)))!;
        await _store.CommitRemovedKeysAsync(lease, [Mark("u1", DeletionMarkKind.Removed)], []);
        var before = await _store.GetRemovedKeysAsync("t1");

        await _store.CommitRemovedKeysAsync(lease, [], [EntityKey.ForUser("u1")]);

        Assert.Single(before);
        Assert.Empty(await _store.GetRemovedKeysAsync("t1"));
    }

    [Fact]
    public async Task SaveHeldDeletionAsync_NewPending_SupersedesOlderPending()
    {
        await _store.SaveHeldDeletionAsync(Held("r1"));
        await _store.SaveHeldDeletionAsync(Held("r2"));

        var older = await _store.GetHeldDeletionAsync("t1", "r1");
        var latest = await _store.GetLatestHeldDeletionAsync("t1");

        Assert.Equal(HeldDeletionStatus.Superseded, older!.Status);
        Assert.Equal("r2", latest!.ExecutionId);
        Assert.Equal(HeldDeletionStatus.Pending, latest.Status);
    }

    [Fact]
    public async Task TryUpdateHeldDeletionStatusAsync_PendingToApproved_OnlyOnce()
    {
        await _store.SaveHeldDeletionAsync(Held("r1"));
        _time.Advance(TimeSpan.FromMinutes(3));

        var first = await _store.TryUpdateHeldDeletionStatusAsync(
            "t1", "r1", HeldDeletionStatus.Pending, HeldDeletionStatus.Approved);
        var second = await _store.TryUpdateHeldDeletionStatusAsync(
            "t1", "r1", HeldDeletionStatus.Pending, HeldDeletionStatus.Approved);

        var held = await _store.GetHeldDeletionAsync("t1", "r1");
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(HeldDeletionStatus.Approved, held!.Status);
        Assert.Equal(_time.GetUtcNow(), held.StatusChangedAt);
        Assert.Equal(2, held.Marks.Count);
    }

    [Fact]
    public async Task TryUpdateHeldDeletionStatusAsync_UnknownRun_ReturnsFalse()
    {
        var changed = await _store.TryUpdateHeldDeletionStatusAsync(
            "t1", "nope", HeldDeletionStatus.Pending, HeldDeletionStatus.Approved);

        Assert.False(changed);
    }

    [Fact]
    public async Task GetLatestHeldDeletionAsync_NoneHeld_ReturnsNull()
    {
        Assert.Null(await _store.GetLatestHeldDeletionAsync("t1"));
    }

    private RemovedKeyEntry Mark(string accountId, DeletionMarkKind kind) =>
        new(EntityKey.ForUser(accountId), "card-" + accountId, kind, _time.GetUtcNow());

    private HeldDeletion Held(string executionId) => new()
    {
        TaskId = "t1",
        ExecutionId = executionId,
        HeldAt = _time.GetUtcNow(),
        OwnedCardCount = 10,
        Reason = "share 20% exceeded",
        Marks =
        [
            new DeletionMark(EntityKey.ForUser("u1"), "c1", DeletionMarkKind.Removed),
            new DeletionMark(EntityKey.ForUser("u2"), "c2", DeletionMarkKind.Removed),
        ],
    };
}
