using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

public sealed class SqliteStateAreasTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CommitCache_UpsertsAndRemovals_AppliedTogether()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        var lease = await store.TryAcquireLeaseAsync("t1", "h", TimeSpan.FromMinutes(2));
        await store.CommitCacheAsync(lease!, new TaskCacheBatch
        {
            Upserts =
            [
                new TaskCacheEntry(EntityKey.ForUser("a"), "1", "c-a", null),
                new TaskCacheEntry(EntityKey.ForUser("b"), "1", "c-b", null),
            ],
        });

        await store.CommitCacheAsync(lease!, new TaskCacheBatch
        {
            Upserts = [new TaskCacheEntry(EntityKey.ForUser("a"), "2", "c-a", null)],
            Removals = [EntityKey.ForUser("b")],
        });

        var all = await store.ReadCacheAsync("t1").ToListAsync();
        var entry = Assert.Single(all);
        Assert.Equal("2", entry.ContentHash);
        Assert.Empty(await database.Open().ReadCacheAsync("t2").ToListAsync());
    }

    [Fact]
    public async Task RemovedKeys_MarkThenRestore_TracksOnlyStillMarked()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        var lease = await store.TryAcquireLeaseAsync("t1", "h", TimeSpan.FromMinutes(2));

        await store.CommitRemovedKeysAsync(lease!,
        [
            new RemovedKeyEntry(EntityKey.ForUser("a"), "c-a", DeletionMarkKind.Inactive, At),
            new RemovedKeyEntry(EntityKey.ForGroup("g"), "c-g", DeletionMarkKind.Removed, At),
        ], []);
        await store.CommitRemovedKeysAsync(lease!, [], [EntityKey.ForUser("a")]);

        var removed = await store.GetRemovedKeysAsync("t1");
        Assert.Equal(new RemovedKeyEntry(EntityKey.ForGroup("g"), "c-g", DeletionMarkKind.Removed, At),
            Assert.Single(removed).Value);
    }

    [Fact]
    public async Task HeldDeletions_NewPendingList_SupersedesOlderAndApprovesOnce()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        await store.SaveHeldDeletionAsync(Held("run-1"));
        await store.SaveHeldDeletionAsync(Held("run-2"));

        Assert.Equal(HeldDeletionStatus.Superseded, (await store.GetHeldDeletionAsync("t1", "run-1"))!.Status);
        Assert.Equal("run-2", (await store.GetLatestHeldDeletionAsync("t1"))!.ExecutionId);
        Assert.True(await store.TryUpdateHeldDeletionStatusAsync(
            "t1", "run-2", HeldDeletionStatus.Pending, HeldDeletionStatus.Approved));
        Assert.False(await database.Open().TryUpdateHeldDeletionStatusAsync(
            "t1", "run-2", HeldDeletionStatus.Pending, HeldDeletionStatus.Approved));
        var approved = await store.GetHeldDeletionAsync("t1", "run-2");
        Assert.Equal(HeldDeletionStatus.Approved, approved!.Status);
        Assert.Equal(EntityKey.ForUser("x"), Assert.Single(approved.Marks).Key);
    }

    [Fact]
    public async Task CommentPairing_SameCommentOrEntryTwice_SecondRefused()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        var pair = new CommentPairing("card-1", "w-1", "10001", "c-1", CommentOrigin.Jira, At);

        Assert.True(await store.TryAddCommentPairingAsync("conn", pair));
        Assert.False(await database.Open().TryAddCommentPairingAsync("conn", pair with { WorklogEntryId = "w-2" }));
        Assert.False(await store.TryAddCommentPairingAsync("conn", pair with { JiraCommentId = "c-2" }));
        Assert.True(await store.TryAddCommentPairingAsync("other-conn", pair));
        Assert.True(await store.TryAddCommentPairingAsync(
            "conn", new CommentPairing("card-1", "w-3", "10001", "c-3", CommentOrigin.Esm, At.AddMinutes(1))));

        Assert.Equal(pair, await store.FindCommentPairingByJiraCommentAsync("conn", "c-1"));
        Assert.Equal(pair, await store.FindCommentPairingByWorklogEntryAsync("conn", "card-1", "w-1"));
        var forIssue = await store.GetCommentPairingsForIssueAsync("conn", "10001");
        Assert.Equal(["c-1", "c-3"], forIssue.Select(p => p.JiraCommentId));
        Assert.Equal(2, (await store.GetCommentPairingsForCardAsync("conn", "card-1")).Count);
    }

    [Fact]
    public async Task EventTaskData_HashesAndSentValues_RoundTrip()
    {
        using var database = new TempDatabase();
        var store = database.Open();

        await store.SetTriggerHashesAsync("e1", new Dictionary<string, string> { ["c1"] = "h1", ["c2"] = "h2" });
        await store.SetTriggerHashesAsync("e1", new Dictionary<string, string> { ["c1"] = "h1b" });
        await store.SetSentValuesAsync(
            "e1", "c1", new Dictionary<string, string?> { ["summary"] = "x", ["labels"] = null });

        var hashes = await store.GetTriggerHashesAsync("e1", ["c1", "c2", "c3"]);
        Assert.Equal("h1b", hashes["c1"]);
        Assert.Equal("h2", hashes["c2"]);
        Assert.False(hashes.ContainsKey("c3"));
        var sent = await store.GetSentValuesAsync("e1", "c1");
        Assert.Equal("x", sent!["summary"]);
        Assert.Null(sent["labels"]);
        Assert.Null(await store.GetSentValuesAsync("e1", "c2"));
    }

    [Fact]
    public async Task Snapshots_AddListRemove_KeepsOrder()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        var first = new SnapshotReference("run-1", SnapshotKind.Users, "/s/1.jsonl", 10, At);
        var second = new SnapshotReference("run-2", SnapshotKind.Generic, "/s/2.jsonl", 3, At.AddHours(1));
        await store.AddSnapshotAsync("t1", first);
        await store.AddSnapshotAsync("t1", second);

        Assert.True(await store.RemoveSnapshotAsync("t1", "/s/1.jsonl"));
        Assert.False(await store.RemoveSnapshotAsync("t1", "/s/1.jsonl"));
        Assert.Equal([second], await store.GetSnapshotsAsync("t1"));
    }

    [Fact]
    public async Task ScheduleCheckpoint_OnlyMovesForward()
    {
        using var database = new TempDatabase();
        var store = database.Open();

        Assert.Null(await store.GetScheduleCheckpointAsync("t1"));
        Assert.True(await store.TryAdvanceScheduleCheckpointAsync("t1", At));
        Assert.False(await database.Open().TryAdvanceScheduleCheckpointAsync("t1", At));
        Assert.False(await store.TryAdvanceScheduleCheckpointAsync("t1", At.AddHours(-1)));
        Assert.True(await store.TryAdvanceScheduleCheckpointAsync("t1", At.AddHours(1)));
        Assert.Equal(At.AddHours(1), await store.GetScheduleCheckpointAsync("t1"));
    }

    private static HeldDeletion Held(string executionId) => new()
    {
        TaskId = "t1",
        ExecutionId = executionId,
        HeldAt = At,
        Marks = [new DeletionMark(EntityKey.ForUser("x"), "card-x", DeletionMarkKind.Removed)],
        OwnedCardCount = 10,
        Reason = "share over limit",
        Status = HeldDeletionStatus.Pending,
    };
}
