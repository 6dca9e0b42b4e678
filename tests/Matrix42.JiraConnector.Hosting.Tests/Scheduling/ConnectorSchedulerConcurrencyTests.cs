using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

public sealed class ConnectorSchedulerConcurrencyTests
{
    [Fact]
    public async Task WorkerCap_FiveTasksDueWithCapThree_RunsThreeAtOnceThenTheRest()
    {
        var tasks = Enumerable.Range(1, 5)
            .Select(i => new TaskScheduleEntry(SchedulerHarness.Key("t" + i)) { Cron = "0 10 * * *" });
        await using var harness = new SchedulerHarness(
            tasks, options: new TaskSchedulerOptions { MaxConcurrentRuns = 3 });
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(30));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 3, "three runs started");
        await harness.SettleAsync();
        Assert.Equal(3, harness.Executor.Count);
        Assert.Equal(3, harness.Scheduler.RunningCount);
        Assert.Equal(2, harness.Scheduler.GetTaskStates().Count(s => s.IsQueued));

        harness.Executor.ReleaseAll();
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 5, "the two queued runs");
        Assert.Equal(3, harness.Executor.MaxActive);
        Assert.Equal(5, harness.Executor.Requests.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public async Task NoOverlap_RunStillBusyAtNextOccurrences_DoesNotStartSecondRun()
    {
        var key = SchedulerHarness.Key("minutely");
        await using var harness = new SchedulerHarness([new TaskScheduleEntry(key) { Cron = "* * * * *" }]);
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the first run");
        for (var i = 0; i < 3; i++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(1, harness.Executor.Count);
        Assert.Equal(RunRequestResult.AlreadyRunning, harness.Scheduler.RequestRun(key));

        // The busy minutes are folded, not queued: after the run ends, the next run waits for the next minute.
        harness.Executor.ReleaseAll();
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult == SchedulerRunResult.Succeeded, "run end");
        await harness.SettleAsync();
        Assert.Equal(1, harness.Executor.Count);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 2, "the next minute's run");
        Assert.Equal(1, harness.Executor.MaxActive);
    }

    [Fact]
    public async Task TwoSchedulers_OneCoordinationStore_RunEachOccurrenceOnce()
    {
        var key = SchedulerHarness.Key("shared");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(SchedulerHarness.Monday0930);
        var state = new InMemoryConnectorStateStore(time);
        var checkpoints = new InMemoryScheduleCheckpointStore();
        var executor = new RecordingExecutor();
        TaskScheduleEntry[] tasks = [new(key) { Cron = "*/10 * * * *" }];
        await using var first = new SchedulerHarness(
            tasks, time: time, state: state, checkpoints: checkpoints, executor: executor);
        await using var second = new SchedulerHarness(
            tasks, time: time, state: state, checkpoints: checkpoints, executor: executor);
        await first.StartAsync();
        await second.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromMinutes(10));
            await SchedulerHarness.EventuallyAsync(() => executor.Count == i + 1, $"run {i + 1}");
            await first.SettleAsync();
            await second.SettleAsync();
        }

        Assert.Equal(3, executor.Count);
        Assert.Equal(1, executor.MaxActive);
        Assert.Equal(3, executor.Requests.Select(r => r.Occurrence).Distinct().Count());
    }

    [Fact]
    public async Task LeaseHeldElsewhere_ManualRun_IsSkipped()
    {
        var key = SchedulerHarness.Key("held");
        await using var harness = new SchedulerHarness([new TaskScheduleEntry(key) { ManualOnly = true }]);
        await harness.State.TryAcquireLeaseAsync(key.TaskId, "other-host", TimeSpan.FromMinutes(10));
        await harness.StartAsync();

        harness.Scheduler.RequestRun(key);
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult is not null, "the run attempt");

        Assert.Equal(SchedulerRunResult.Skipped, harness.Scheduler.GetTaskStates().Single().LastResult);
        Assert.Equal(0, harness.Executor.Count);
    }

    [Fact]
    public async Task LeaseLost_AnotherHostTookTheTask_CancelsRunAsLeaseLost()
    {
        var key = SchedulerHarness.Key("long");
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(key) { ManualOnly = true }],
            options: new TaskSchedulerOptions { LeaseDuration = TimeSpan.FromMinutes(3) });
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(key);
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the run");

        // As if this host had frozen past its lease: the lease goes, and another host takes the task.
        var held = await harness.State.GetLeaseAsync(key.TaskId);
        await harness.State.ReleaseLeaseAsync(held!);
        Assert.NotNull(await harness.State.TryAcquireLeaseAsync(key.TaskId, "other-host", TimeSpan.FromMinutes(3)));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult is not null, "the run to end");

        Assert.Equal(SchedulerRunResult.LeaseLost, harness.Scheduler.GetTaskStates().Single().LastResult);
        Assert.Single(harness.Executor.Cancelled);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Id.Id == 6011);
    }

    [Fact]
    public async Task LeaseRenewal_LongRun_KeepsLeaseAndCompletes()
    {
        var key = SchedulerHarness.Key("long");
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(key) { ManualOnly = true }],
            options: new TaskSchedulerOptions { LeaseDuration = TimeSpan.FromMinutes(3) });
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(key);
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the run");

        for (var i = 0; i < 10; i++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Null(await harness.State.TryAcquireLeaseAsync(key.TaskId, "other-host", TimeSpan.FromMinutes(1)));
        harness.Executor.ReleaseAll();
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult is not null, "the run to end");
        Assert.Equal(SchedulerRunResult.Succeeded, harness.Scheduler.GetTaskStates().Single().LastResult);
    }

    [Fact]
    public async Task LeaseRenewal_OneRenewalFailsWithPassingError_RetriesAndKeepsLease()
    {
        var key = SchedulerHarness.Key("long");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(SchedulerHarness.Monday0930);
        var state = FlakyRenewalStore.Wrap(new InMemoryConnectorStateStore(time), failures: 1, out var flaky);
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(key) { ManualOnly = true }],
            options: new TaskSchedulerOptions { LeaseDuration = TimeSpan.FromMinutes(3) },
            time: time,
            state: state);
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(key);
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the run");

        for (var i = 0; i < 6; i++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(1, flaky.FailedRenewals);
        Assert.Null(await state.TryAcquireLeaseAsync(key.TaskId, "other-host", TimeSpan.FromMinutes(1)));
        harness.Executor.ReleaseAll();
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult is not null, "the run to end");
        Assert.Equal(SchedulerRunResult.Succeeded, harness.Scheduler.GetTaskStates().Single().LastResult);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Id.Id == 6019);
    }

    [Fact]
    public async Task StopRun_QueuedTaskWaitingForWorker_DropsItAndItNeverRuns()
    {
        var a = SchedulerHarness.Key("a");
        var b = SchedulerHarness.Key("b");
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(a) { ManualOnly = true }, new TaskScheduleEntry(b) { ManualOnly = true }],
            options: new TaskSchedulerOptions { MaxConcurrentRuns = 1 });
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(a);
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Active == 1, "task a executing");
        Assert.Equal(RunRequestResult.Queued, harness.Scheduler.RequestRun(b));

        Assert.True(harness.Scheduler.StopRun(b));
        Assert.False(harness.Scheduler.StopRun(b));
        harness.Executor.ReleaseAll();
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single(s => s.Key == a).LastResult is not null, "task a to end");
        await harness.SettleAsync();

        Assert.Equal([a], harness.Executor.Requests.Select(r => r.Key));
        Assert.Equal(
            SchedulerRunResult.Succeeded, harness.Scheduler.GetTaskStates().Single(s => s.Key == a).LastResult);
    }

    [Fact]
    public async Task LeaseRenewal_FailsUntilLeaseRunsOut_CancelsRunAsLeaseLost()
    {
        var key = SchedulerHarness.Key("long");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(SchedulerHarness.Monday0930);
        var state = FlakyRenewalStore.Wrap(new InMemoryConnectorStateStore(time), failures: 100, out var flaky);
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(key) { ManualOnly = true }],
            options: new TaskSchedulerOptions { LeaseDuration = TimeSpan.FromMinutes(3) },
            time: time,
            state: state);
        harness.Executor.HoldRuns = true;
        await harness.StartAsync();
        harness.Scheduler.RequestRun(key);
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the run");

        for (var i = 0; i < 2; i++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Null(harness.Scheduler.GetTaskStates().Single().LastResult);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(
            () => harness.Scheduler.GetTaskStates().Single().LastResult is not null, "the run to end");

        Assert.Equal(3, flaky.FailedRenewals);
        Assert.Equal(SchedulerRunResult.LeaseLost, harness.Scheduler.GetTaskStates().Single().LastResult);
        Assert.Single(harness.Executor.Cancelled);
    }
}
