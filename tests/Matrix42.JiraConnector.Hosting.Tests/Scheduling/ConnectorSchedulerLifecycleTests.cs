using Matrix42.JiraConnector.Hosting.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

public sealed class ConnectorSchedulerLifecycleTests
{
    private static readonly TaskKey Hourly = SchedulerHarness.Key("hourly");

    [Fact]
    public async Task CatchUp_ThreeDaysOfMissedHourlyRuns_RunsOnceForLatestOccurrence()
    {
        var time = new FakeTimeProvider(SchedulerHarness.Monday0930);
        var store = new InMemoryScheduleCheckpointStore();
        await store.TryAdvanceScheduleCheckpointAsync(Hourly.TaskId, SchedulerHarness.Monday0930.AddDays(-3));
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Hourly) { Cron = "0 * * * *" }], time: time, checkpoints: store);

        await harness.StartAsync();
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the catch-up run");
        await harness.SettleAsync();

        var request = Assert.Single(harness.Executor.Requests);
        Assert.Equal(RunReason.CatchUp, request.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), request.Occurrence);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Id.Id == 6010);

        // The regular schedule carries on at the next hour.
        harness.Time.Advance(TimeSpan.FromMinutes(30));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 2, "the 10:00 run");
        Assert.Equal(RunReason.Scheduled, harness.Executor.Requests.Last().Reason);
    }

    [Fact]
    public async Task CatchUp_NoOccurrenceMissedSinceCheckpoint_DoesNotRunAtStart()
    {
        var time = new FakeTimeProvider(SchedulerHarness.Monday0930);
        var store = new InMemoryScheduleCheckpointStore();
        await store.TryAdvanceScheduleCheckpointAsync(Hourly.TaskId, SchedulerHarness.Monday0930.AddMinutes(-30));
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Hourly) { Cron = "0 * * * *" }], time: time, checkpoints: store);

        await harness.StartAsync();
        await harness.SettleAsync();

        Assert.Equal(0, harness.Executor.Count);
    }

    [Fact]
    public async Task CatchUp_FirstStartEver_RecordsCheckpointWithoutRunning()
    {
        await using var harness = new SchedulerHarness([new TaskScheduleEntry(Hourly) { Cron = "0 * * * *" }]);

        await harness.StartAsync();
        await harness.SettleAsync();

        Assert.Equal(0, harness.Executor.Count);
        Assert.Equal(SchedulerHarness.Monday0930, await harness.Checkpoints.GetScheduleCheckpointAsync(Hourly.TaskId));
    }

    [Fact]
    public async Task CatchUp_Disabled_DoesNotRunMissedOccurrence()
    {
        var time = new FakeTimeProvider(SchedulerHarness.Monday0930);
        var store = new InMemoryScheduleCheckpointStore();
        await store.TryAdvanceScheduleCheckpointAsync(Hourly.TaskId, SchedulerHarness.Monday0930.AddDays(-1));
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Hourly) { Cron = "0 * * * *" }],
            options: new TaskSchedulerOptions { CatchUpMissedRuns = false },
            time: time,
            checkpoints: store);

        await harness.StartAsync();
        await harness.SettleAsync();

        Assert.Equal(0, harness.Executor.Count);
    }

    [Fact]
    public async Task Shutdown_WhileRunsExecute_CancelsThemAndWaitsForThem()
    {
        var tasks = new[] { "a", "b" }
            .Select(id => new TaskScheduleEntry(SchedulerHarness.Key(id)) { ManualOnly = true });
        await using var harness = new SchedulerHarness(tasks);
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(SchedulerHarness.Key("a"));
        harness.Scheduler.RequestRun(SchedulerHarness.Key("b"));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Active == 2, "both runs executing");

        await harness.StopAsync();

        Assert.Equal(0, harness.Executor.Active);
        Assert.Equal(2, harness.Executor.Cancelled.Count);
        Assert.All(
            harness.Scheduler.GetTaskStates(), s => Assert.Equal(SchedulerRunResult.Cancelled, s.LastResult));
        Assert.False(harness.Scheduler.IsLooping);

        // The leases were released on the way out, so another host can take the task at once.
        Assert.NotNull(await harness.State.TryAcquireLeaseAsync("a", "other-host", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task StopRun_RunningTask_CancelsOnlyThatTask()
    {
        var a = SchedulerHarness.Key("a");
        var b = SchedulerHarness.Key("b");
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(a) { ManualOnly = true }, new TaskScheduleEntry(b) { ManualOnly = true }]);
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(a);
        harness.Scheduler.RequestRun(b);
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Active == 2, "both runs executing");

        Assert.True(harness.Scheduler.StopRun(a));
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single(s => s.Key == a).LastResult is not null, "task a to stop");

        var states = harness.Scheduler.GetTaskStates();
        Assert.Equal(SchedulerRunResult.Cancelled, states.Single(s => s.Key == a).LastResult);
        Assert.True(states.Single(s => s.Key == b).IsRunning);
        Assert.False(harness.Scheduler.StopRun(SchedulerHarness.Key("unknown")));
    }

    [Fact]
    public async Task RequestRun_UnknownTask_IsRefused()
    {
        await using var harness = new SchedulerHarness([]);
        await harness.StartAsync();

        Assert.Equal(RunRequestResult.UnknownTask, harness.Scheduler.RequestRun(SchedulerHarness.Key("nope")));
    }

    [Fact]
    public async Task RunFails_ExecutorThrows_RecordedAsFailedAndSchedulerGoesOn()
    {
        var key = SchedulerHarness.Key("faulty");
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(key) { Cron = "*/5 * * * *" }],
            executor: new RecordingExecutor { FailWith = new InvalidOperationException("ESM said no") });
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult is not null, "the failing run");

        Assert.Equal(SchedulerRunResult.Failed, harness.Scheduler.GetTaskStates().Single().LastResult);
        Assert.True(harness.Scheduler.IsLooping);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Id.Id == 6005);
    }
}
