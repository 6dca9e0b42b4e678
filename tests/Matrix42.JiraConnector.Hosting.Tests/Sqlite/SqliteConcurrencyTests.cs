using System.Diagnostics;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tests.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task Leases_TwoStoresEightWorkersRacing_NeverTwoHoldersAndAllCommitsLand()
    {
        using var database = new TempDatabase();
        var stores = new[] { database.Open(time: TimeProvider.System), database.Open(time: TimeProvider.System) };
        var inside = 0;
        var overlaps = 0;
        var commits = 0;
        var refused = 0;
        var clock = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var store = stores[worker % 2];
            for (var round = 0; round < 40; round++)
            {
                var lease = await store.TryAcquireLeaseAsync("shared", $"w{worker}", TimeSpan.FromMinutes(1));
                if (lease is null)
                {
                    Interlocked.Increment(ref refused);
                    continue;
                }

                if (Interlocked.Increment(ref inside) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await store.CommitCacheAsync(lease, new TaskCacheBatch
                {
                    Upserts = [new TaskCacheEntry(EntityKey.ForIssue($"{worker}-{round}"), "h", "c", null)],
                });
                Interlocked.Increment(ref commits);
                Interlocked.Decrement(ref inside);
                await store.ReleaseLeaseAsync(lease);
            }
        })).ToArray();
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, overlaps);
        Assert.True(commits > 0);
        Assert.Equal(320, commits + refused);
        Assert.Equal(commits, (await stores[0].GetCacheInfoAsync("shared")).EntryCount);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Writes_ManyThreadsOnDifferentTasks_AllSucceedWithoutBusyErrors()
    {
        using var database = new TempDatabase();
        var stores = new[] { database.Open(time: TimeProvider.System), database.Open(time: TimeProvider.System) };

        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            var store = stores[writer % 2];
            for (var i = 0; i < 25; i++)
            {
                await store.SaveRunAsync(new RunRecord { ExecutionId = $"r{i}", TaskId = $"task-{writer}" });
                await store.SetTriggerHashesAsync(
                    $"event-{writer}", new Dictionary<string, string> { [$"c{i}"] = "h" });
            }
        })).ToArray();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));

        for (var writer = 0; writer < 6; writer++)
        {
            Assert.Equal(25, (await stores[1].GetRunsAsync($"task-{writer}", 0, 100)).Count);
        }
    }

    [Fact]
    public async Task Schedulers_TwoHostsOnOneFile_RunEachOccurrenceOnce()
    {
        using var database = new TempDatabase();
        var time = new FakeTimeProvider(SchedulerHarness.Monday0930);
        var executor = new RecordingExecutor();
        var key = SchedulerHarness.Key("shared");
        TaskScheduleEntry[] tasks = [new(key) { Cron = "*/15 * * * *" }];
        var storeA = database.Open(time: time);
        var storeB = database.Open(time: time);
        await using var hostA = new SchedulerHarness(
            tasks, time: time, state: storeA, checkpoints: storeA, executor: executor);
        await using var hostB = new SchedulerHarness(
            tasks, time: time, state: storeB, checkpoints: storeB, executor: executor);
        await hostA.StartAsync();
        await hostB.StartAsync();

        for (var i = 0; i < 4; i++)
        {
            time.Advance(TimeSpan.FromMinutes(15));
            await SchedulerHarness.EventuallyAsync(() => executor.Count == i + 1, $"occurrence {i + 1}");
            await SchedulerHarness.EventuallyAsync(
                () => hostA.Scheduler.RunningCount == 0 && hostB.Scheduler.RunningCount == 0, "runs to end");
            await hostA.SettleAsync();
            await hostB.SettleAsync();
        }

        Assert.Equal(4, executor.Count);
        Assert.Equal(1, executor.MaxActive);
        Assert.Equal(4, executor.Requests.Select(r => r.Lease!.FencingToken).Distinct().Count());
    }

    [Fact]
    public async Task Scheduler_RestartAfterDowntime_CatchesUpFromCheckpointInFile()
    {
        using var database = new TempDatabase();
        var key = SchedulerHarness.Key("daily");
        TaskScheduleEntry[] tasks = [new(key) { Cron = "0 6 * * *" }];
        var firstTime = new FakeTimeProvider(SchedulerHarness.Monday0930);
        var firstStore = database.Open(time: firstTime);
        await using (var first = new SchedulerHarness(
            tasks, time: firstTime, state: firstStore, checkpoints: firstStore))
        {
            await first.StartAsync();
            await first.SettleAsync();
            await first.StopAsync();
        }

        firstStore.Dispose();

        // Three days later another process opens the same file.
        var laterTime = new FakeTimeProvider(SchedulerHarness.Monday0930.AddDays(3));
        var laterStore = database.Open(time: laterTime);
        await using var later = new SchedulerHarness(
            tasks, time: laterTime, state: laterStore, checkpoints: laterStore);
        await later.StartAsync();
        await SchedulerHarness.EventuallyAsync(() => later.Executor.Count == 1, "the catch-up run");
        await later.SettleAsync();

        var request = Assert.Single(later.Executor.Requests);
        Assert.Equal(RunReason.CatchUp, request.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 6, 0, 0, TimeSpan.Zero), request.Occurrence);
    }

    [Fact]
    public async Task FirstUse_EightStoresOpenAFreshFileAtOnce_MigrateOnceAndAllWork()
    {
        using var database = new TempDatabase();
        var stores = Enumerable.Range(0, 8).Select(_ => database.Open(time: TimeProvider.System)).ToArray();

        var firstUses = stores.Select((store, n) => Task.Run(async () =>
        {
            await store.SaveRunAsync(new RunRecord { ExecutionId = "r1", TaskId = $"task-{n}" });
            return await store.GetRunsAsync($"task-{(n + 1) % 8}", 0, 10);
        })).ToArray();
        await Task.WhenAll(firstUses).WaitAsync(TimeSpan.FromSeconds(60));

        for (var n = 0; n < 8; n++)
        {
            Assert.Single(await stores[0].GetRunsAsync($"task-{n}", 0, 10));
        }
    }

    [Fact]
    public async Task RunHistory_ManyThreadsSavingOneTask_KeepsExactlyTheNewestUpToTheLimit()
    {
        using var database = new TempDatabase();
        var stores = new[] { database.Open(3, TimeProvider.System), database.Open(3, TimeProvider.System) };

        var savers = Enumerable.Range(0, 4).Select(saver => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await stores[saver % 2].SaveRunAsync(new RunRecord { ExecutionId = $"s{saver}-{i}", TaskId = "t1" });
            }
        })).ToArray();
        await Task.WhenAll(savers).WaitAsync(TimeSpan.FromSeconds(60));
        await stores[0].SaveRunAsync(new RunRecord { ExecutionId = "last", TaskId = "t1" });

        var kept = await stores[1].GetRunsAsync("t1", 0, 100);
        Assert.Equal(3, kept.Count);
        Assert.Equal("last", kept[0].ExecutionId);
    }
}
