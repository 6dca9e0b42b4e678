using Matrix42.JiraConnector.Hosting.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

public sealed class ConnectorSchedulerHousekeepingTests
{
    private static readonly TaskKey Task1 = SchedulerHarness.Key("t1");

    [Fact]
    public async Task CacheClear_DefaultHour_ClearsAtMidnightUtcOnly()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero));
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Task1) { ManualOnly = true }], time: time);
        await harness.StartAsync();

        await harness.AdvanceAsync(TimeSpan.FromMinutes(29));
        Assert.Empty(harness.CacheCleaner.Clears);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await SchedulerHarness.EventuallyAsync(() => harness.CacheCleaner.Clears.Count == 1, "the midnight clear");
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), harness.CacheCleaner.Clears.Single().At);

        for (var hour = 0; hour < 23; hour++)
        {
            await harness.AdvanceAsync(TimeSpan.FromHours(1));
        }

        Assert.Single(harness.CacheCleaner.Clears);
    }

    [Fact]
    public async Task CacheClear_SeveralHoursAndTaskOverride_EachTaskClearsAtItsOwnHours()
    {
        var own = SchedulerHarness.Key("own");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 5, 30, 0, TimeSpan.Zero));
        await using var harness = new SchedulerHarness(
            [
                new TaskScheduleEntry(Task1) { ManualOnly = true },
                new TaskScheduleEntry(own) { ManualOnly = true, CacheClearHoursUtc = [7] },
            ],
            options: new TaskSchedulerOptions { CacheClearHoursUtc = [6, 12] },
            time: time);
        await harness.StartAsync();

        for (var step = 0; step < 14; step++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(30));
        }

        var hoursOfTask1 = harness.CacheCleaner.Clears.Where(c => c.Key == Task1).Select(c => c.At.Hour).ToArray();
        var hoursOfOwn = harness.CacheCleaner.Clears.Where(c => c.Key == own).Select(c => c.At.Hour).ToArray();
        Assert.Equal([6, 12], hoursOfTask1);
        Assert.Equal([7], hoursOfOwn);
    }

    [Fact]
    public async Task CacheClear_EmptyHourList_NeverClears()
    {
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(Task1) { ManualOnly = true }],
            options: new TaskSchedulerOptions { CacheClearHoursUtc = [] });
        await harness.StartAsync();

        for (var step = 0; step < 25; step++)
        {
            await harness.AdvanceAsync(TimeSpan.FromHours(1));
        }

        Assert.Empty(harness.CacheCleaner.Clears);
    }

    [Fact]
    public async Task TriggerPoll_OwnInterval_PollsAtStartAndEveryInterval()
    {
        var fast = SchedulerHarness.Key("event-fast");
        var slow = SchedulerHarness.Key("event-slow");
        await using var harness = new SchedulerHarness(
            [],
            [new TriggerPollEntry(fast, TimeSpan.FromSeconds(30)), new TriggerPollEntry(slow)],
            new TaskSchedulerOptions { TriggerPollInterval = TimeSpan.FromMinutes(2) });
        await harness.StartAsync();
        await SchedulerHarness.EventuallyAsync(
            () => harness.Poller.CountOf(fast) == 1 && harness.Poller.CountOf(slow) == 1, "the start-up polls");

        for (var step = 0; step < 8; step++)
        {
            await harness.AdvanceAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(9, harness.Poller.CountOf(fast));
        Assert.Equal(3, harness.Poller.CountOf(slow));
    }

    [Fact]
    public async Task TriggerPoll_PreviousPassStillRunning_DoesNotOverlap()
    {
        var key = SchedulerHarness.Key("event");
        await using var harness = new SchedulerHarness([], [new TriggerPollEntry(key, TimeSpan.FromSeconds(10))]);
        harness.Poller.HoldPolls = true;
        await harness.StartAsync();
        await SchedulerHarness.EventuallyAsync(() => harness.Poller.CountOf(key) == 1, "the first poll");

        for (var step = 0; step < 5; step++)
        {
            await harness.AdvanceAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(1, harness.Poller.CountOf(key));
        harness.Poller.ReleaseAll();
        await harness.SettleAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        await SchedulerHarness.EventuallyAsync(() => harness.Poller.CountOf(key) == 2, "the next poll");
        Assert.Equal(1, harness.Poller.MaxActive);
    }
}
