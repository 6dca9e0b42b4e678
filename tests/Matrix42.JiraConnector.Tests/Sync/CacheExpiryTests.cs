using Matrix42.JiraConnector.Sync.Diff;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed class CacheExpiryTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(23, 1, true)]
    [InlineData(1, 2, false)]
    [InlineData(0, 23, false)]
    public void IsDue_DefaultMidnight_DueOnlyAfterCrossingMidnight(int clearedHourPrevDay, int nowHour, bool due)
    {
        var cleared = clearedHourPrevDay == 23 ? Day.AddHours(-1) : Day.AddHours(clearedHourPrevDay);

        Assert.Equal(due, CacheExpiry.IsDue(cleared, Day.AddHours(nowHour), []));
    }

    [Fact]
    public void IsDue_SeveralHours_DueAfterEachOne()
    {
        int[] hours = [6, 12];
        var cleared = Day.AddHours(6).AddMinutes(1);

        Assert.False(CacheExpiry.IsDue(cleared, Day.AddHours(11).AddMinutes(59), hours));
        Assert.True(CacheExpiry.IsDue(cleared, Day.AddHours(12), hours));
    }

    [Fact]
    public void IsDue_NeverCleared_IsDue()
    {
        Assert.True(CacheExpiry.IsDue(null, Day, []));
    }

    [Fact]
    public void IsDue_NowInOtherOffset_UsesUtcHours()
    {
        var cleared = Day.AddHours(1);
        var now = new DateTimeOffset(2026, 1, 5, 23, 30, 0, TimeSpan.FromHours(-5));

        Assert.True(CacheExpiry.IsDue(cleared, now, []));
    }

    [Fact]
    public void IsDue_HourOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CacheExpiry.IsDue(Day, Day.AddHours(2), [24]));
    }
}
