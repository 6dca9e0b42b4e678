using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

public sealed class ConnectorSchedulerCronTests
{
    private static readonly TaskKey Daily = SchedulerHarness.Key("daily");

    [Fact]
    public async Task Cron_OccurrenceArrives_RunsTaskOnceWithThatOccurrence()
    {
        await using var harness = new SchedulerHarness([new TaskScheduleEntry(Daily) { Cron = "0 10 * * *" }]);
        await harness.StartAsync();

        await harness.AdvanceAsync(TimeSpan.FromMinutes(29));
        Assert.Equal(0, harness.Executor.Count);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the 10:00 run");
        await harness.SettleAsync();

        var request = Assert.Single(harness.Executor.Requests);
        Assert.Equal(Daily, request.Key);
        Assert.Equal(RunReason.Scheduled, request.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), request.Occurrence);
        Assert.True(request.Lease!.FencingToken > 0);
        Assert.Equal(Daily.TaskId, request.Lease!.TaskId);
    }

    [Fact]
    public async Task Cron_InHelsinkiTimeZone_FiresAtLocalHour()
    {
        // 09:00 in Helsinki is 07:00 UTC in winter (UTC+2); start at 06:30 UTC.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(
            new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.Zero));
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Daily) { Cron = "0 9 * * *", TimeZone = "Europe/Helsinki" }], time: time);
        await harness.StartAsync();

        await harness.AdvanceAsync(TimeSpan.FromMinutes(29));
        Assert.Equal(0, harness.Executor.Count);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the 09:00 Helsinki run");
        var occurrence = harness.Executor.Requests.Single().Occurrence;
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero), occurrence);
    }

    [Fact]
    public async Task Cron_SixFieldExpression_FiresOnSeconds()
    {
        await using var harness = new SchedulerHarness([new TaskScheduleEntry(Daily) { Cron = "*/30 * * * * *" }]);
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the first 30-second run");
        await harness.SettleAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 2, "the second 30-second run");
    }

    [Fact]
    public async Task ManualOnly_ClockPassesCron_NeverRunsUntilRequested()
    {
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Daily) { Cron = "* * * * *", ManualOnly = true }]);
        await harness.StartAsync();

        await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(0, harness.Executor.Count);
        Assert.Null(harness.Scheduler.GetTaskStates().Single().NextRunAt);

        Assert.Equal(RunRequestResult.Queued, harness.Scheduler.RequestRun(Daily));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the manual run");
        Assert.Equal(RunReason.Manual, harness.Executor.Requests.Single().Reason);
    }

    [Fact]
    public async Task InvalidCron_OneTaskBroken_OtherTasksStillRunAndErrorIsReported()
    {
        var broken = SchedulerHarness.Key("broken");
        await using var harness = new SchedulerHarness(
        [
            new TaskScheduleEntry(broken) { Cron = "61 * * * *" },
            new TaskScheduleEntry(Daily) { Cron = "0 10 * * *" },
        ]);
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(30));
        await SchedulerHarness.EventuallyAsync(() => harness.Executor.Count == 1, "the healthy task's run");

        var states = harness.Scheduler.GetTaskStates();
        Assert.Contains("61 * * * *", states.Single(s => s.Key == broken).ScheduleError);
        Assert.Null(states.Single(s => s.Key == Daily).ScheduleError);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Id.Id == 6002);
    }

    [Fact]
    public async Task UnknownTimeZone_Reported_TaskNotScheduled()
    {
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Daily) { Cron = "0 10 * * *", TimeZone = "Mars/Olympus" }]);
        await harness.StartAsync();

        var state = harness.Scheduler.GetTaskStates().Single();
        Assert.Contains("Mars/Olympus", state.ScheduleError);
        Assert.Null(state.NextRunAt);
    }
}
