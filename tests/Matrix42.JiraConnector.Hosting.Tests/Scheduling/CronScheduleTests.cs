using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 20, TimeSpan.Zero);

    [Fact]
    public void LatestBetween_PerMinuteOverAYear_ReturnsLastMinute()
    {
        var schedule = CronSchedule.Parse("* * * * *", "UTC");

        var latest = schedule.LatestBetween(Now.AddYears(-1), Now);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), latest);
    }

    [Fact]
    public void LatestBetween_MonthlyOverTwoMonths_ReturnsFirstOfThisMonth()
    {
        var schedule = CronSchedule.Parse("0 3 1 * *", "UTC");

        var latest = schedule.LatestBetween(Now.AddMonths(-2), Now);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 3, 0, 0, TimeSpan.Zero), latest);
    }

    [Fact]
    public void LatestBetween_NothingInWindow_ReturnsNull()
    {
        var schedule = CronSchedule.Parse("0 3 * * *", "UTC");

        Assert.Null(schedule.LatestBetween(Now.AddHours(-1), Now));
    }

    [Fact]
    public void LatestBetween_OccurrenceExactlyAtNow_IsIncluded()
    {
        var schedule = CronSchedule.Parse("0 9 * * *", "UTC");
        var nine = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(nine, schedule.LatestBetween(nine.AddDays(-3), nine));
        Assert.Null(schedule.LatestBetween(nine, nine));
    }

    [Fact]
    public void NextAfter_BerlinSpringForwardSkipsLocalTime_RunsOnceAtTheShiftedHour()
    {
        var schedule = CronSchedule.Parse("30 2 * * *", "Europe/Berlin");

        var first = schedule.NextAfter(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero));
        var second = schedule.NextAfter(first!.Value);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 30, 0, TimeSpan.Zero), second);
    }

    [Fact]
    public void NextAfter_BerlinFallBackRepeatsLocalTime_RunsOnlyOnce()
    {
        var schedule = CronSchedule.Parse("30 2 * * *", "Europe/Berlin");

        var first = schedule.NextAfter(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero));
        var second = schedule.NextAfter(first!.Value);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), second);
    }

    [Fact]
    public void LatestBetween_AcrossBerlinFallBack_ReturnsTheSecondPassOfTheRepeatedHour()
    {
        var schedule = CronSchedule.Parse("15 * * * *", "Europe/Berlin");
        var now = new DateTimeOffset(2026, 10, 25, 1, 20, 0, TimeSpan.Zero);

        var latest = schedule.LatestBetween(now.AddDays(-2), now);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 15, 0, TimeSpan.Zero), latest);
    }

    [Theory]
    [InlineData("not cron", "UTC", "not cron")]
    [InlineData("0 10 * * *", "Nowhere/City", "Nowhere/City")]
    public void Parse_BadInput_ThrowsNamingTheValue(string cron, string zone, string named)
    {
        var error = Assert.Throws<InvalidScheduleException>(() => CronSchedule.Parse(cron, zone));

        Assert.Contains(named, error.Message);
    }
}
