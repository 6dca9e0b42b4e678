using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

public sealed class SqliteRestartTests
{
    private static readonly DateTimeOffset Updated = new(2026, 3, 1, 8, 15, 30, 123, TimeSpan.FromHours(2));

    [Fact]
    public async Task Reopen_AfterRun_KeepsCacheWatermarkHistoryAndCheckpoint()
    {
        using var database = new TempDatabase();
        var before = database.Open();
        var lease = await before.TryAcquireLeaseAsync("t1", "host-a", TimeSpan.FromMinutes(2));
        await before.CommitCacheAsync(lease!, new TaskCacheBatch
        {
            Upserts =
            [
                new TaskCacheEntry(EntityKey.ForIssue("10001"), "hash-1", "card-1", Updated),
                new TaskCacheEntry(EntityKey.ForUser("acc-1"), "hash-2", "card-2", null),
            ],
        });
        await before.CommitWatermarkAsync(lease!, Updated);
        await before.SaveRunAsync(SampleRun("run-1"));
        await before.TryAdvanceScheduleCheckpointAsync("t1", Updated);
        before.Dispose();

        var after = database.Open();

        var entries = await after.GetCacheEntriesAsync(
            "t1", [EntityKey.ForIssue("10001"), EntityKey.ForUser("acc-1"), EntityKey.ForGroup("g")]);
        Assert.Equal(2, entries.Count);
        Assert.Equal(new TaskCacheEntry(EntityKey.ForIssue("10001"), "hash-1", "card-1", Updated),
            entries[EntityKey.ForIssue("10001")]);
        Assert.Equal(Updated, (await after.GetWatermarkAsync("t1"))!.UpdatedUpTo);
        var run = await after.GetRunAsync("t1", "run-1");
        Assert.Equal(7, run!.Counts.Created);
        Assert.Equal(RunPhaseStatus.Succeeded, run.Load.Status);
        Assert.Equal(EntityKey.ForIssue("10002"), Assert.Single(run.Errors).Key);
        Assert.Equal(Updated, await after.GetScheduleCheckpointAsync("t1"));
    }

    [Fact]
    public async Task ClearCache_KeepsWatermarkAndRecordsReason()
    {
        using var database = new TempDatabase();
        var store = database.Open();
        var lease = await store.TryAcquireLeaseAsync("t1", "host-a", TimeSpan.FromMinutes(2));
        await store.CommitCacheAsync(lease!, new TaskCacheBatch
        {
            Upserts = [new TaskCacheEntry(EntityKey.ForIssue("1"), "h", "c", null)],
        });
        await store.CommitWatermarkAsync(lease!, Updated);

        await store.ClearCacheAsync("t1", CacheClearReason.Scheduled, "fp-1");
        await store.ClearCacheAsync("t1", CacheClearReason.Requested);

        var info = await store.GetCacheInfoAsync("t1");
        Assert.Equal(0, info.EntryCount);
        Assert.Equal(CacheClearReason.Requested, info.LastClearReason);
        Assert.Equal("fp-1", info.MappingFingerprint);
        Assert.Equal(database.Time.GetUtcNow(), info.LastClearedAt);
        Assert.NotNull(await store.GetWatermarkAsync("t1"));
        Assert.Empty(await store.ReadCacheAsync("t1").ToListAsync());
    }

    [Fact]
    public async Task SaveRun_MoreThanLimit_KeepsNewestAndPagesNewestFirst()
    {
        using var database = new TempDatabase();
        var store = database.Open(runHistoryLimit: 5);

        for (var i = 1; i <= 8; i++)
        {
            await store.SaveRunAsync(SampleRun($"run-{i}"));
        }

        await store.SaveRunAsync(SampleRun("run-5") with { IsDryRun = true });

        var firstPage = await store.GetRunsAsync("t1", 0, 3);
        var secondPage = await store.GetRunsAsync("t1", 3, 3);
        Assert.Equal(["run-8", "run-7", "run-6"], firstPage.Select(r => r.ExecutionId));
        Assert.Equal(["run-5", "run-4"], secondPage.Select(r => r.ExecutionId));
        Assert.True(secondPage[0].IsDryRun);
        Assert.Null(await store.GetRunAsync("t1", "run-3"));
    }

    private static RunRecord SampleRun(string executionId) => new()
    {
        ExecutionId = executionId,
        TaskId = "t1",
        Mode = RunMode.Incremental,
        Trigger = RunTrigger.Schedule,
        Extract = new RunPhase { Status = RunPhaseStatus.Succeeded, StartedAt = Updated, Info = "read 9" },
        Load = new RunPhase { Status = RunPhaseStatus.Succeeded, CompletedAt = Updated.AddMinutes(1) },
        Counts = new RunCounts { Read = 9, Created = 7, Unchanged = 1, Failed = 1 },
        Errors = [new RunError(EntityKey.ForIssue("10002"), "Load", "attribute 'x' is read-only")],
    };
}
