using Matrix42.JiraConnector.Sync.Incremental;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed class WatermarkTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Result_AllFinished_IsLargestUpdated()
    {
        var tracker = Track(("1", 0), ("2", 30), ("3", 10));

        tracker.Finished("1");
        tracker.Finished("2");
        tracker.Finished("3");

        Assert.Equal(T0.AddMinutes(30), tracker.Result());
    }

    [Fact]
    public void Result_FailedIssue_StopsAtItsUpdated()
    {
        var tracker = Track(("1", 0), ("2", 30), ("3", 10));

        tracker.Finished("1");
        tracker.Finished("2");
        tracker.Failed("3");

        Assert.Equal(T0.AddMinutes(10), tracker.Result());
    }

    [Fact]
    public void Result_StoppedBeforeSomeIssues_StopsAtEarliestUnfinished()
    {
        var tracker = Track(("1", 0), ("2", 30), ("3", 20), ("4", 25));

        tracker.Finished("1");
        tracker.Finished("2");

        Assert.Equal(T0.AddMinutes(20), tracker.Result());
    }

    [Fact]
    public void Result_NothingFinished_KeepsStoredWatermark()
    {
        var tracker = Track(("1", 0));

        tracker.Failed("1");

        Assert.Null(tracker.Result());
    }

    [Fact]
    public void Result_ZoneOffsetsInInput_ComparesInstants()
    {
        var tracker = new WatermarkTracker();
        tracker.Listed("1", new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.FromHours(5)));
        tracker.Listed("2", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(-3)));

        tracker.Finished("1");
        tracker.Finished("2");

        var expected = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(expected, tracker.Result()!.Value.ToUniversalTime());
    }

    [Fact]
    public void Listed_DuplicateFromOverlap_CountsOnceWithLaterValue()
    {
        var tracker = Track(("1", 5), ("1", 15));

        tracker.Finished("1");

        Assert.Equal(T0.AddMinutes(15), tracker.Result());
    }

    [Fact]
    public void Finished_ConcurrentLoaders_ResultIsLargest()
    {
        var tracker = new WatermarkTracker();
        for (var i = 0; i < 1000; i++)
        {
            tracker.Listed(i.ToString(), T0.AddSeconds(i));
        }

        Parallel.For(0, 1000, i => tracker.Finished(i.ToString()));

        Assert.Equal(T0.AddSeconds(999), tracker.Result());
    }

    private static WatermarkTracker Track(params (string Id, int Minutes)[] issues)
    {
        var tracker = new WatermarkTracker();
        foreach (var (id, minutes) in issues)
        {
            tracker.Listed(id, T0.AddMinutes(minutes));
        }

        return tracker;
    }
}
