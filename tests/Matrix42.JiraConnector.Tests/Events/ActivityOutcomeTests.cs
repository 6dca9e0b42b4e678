using Matrix42.JiraConnector.Events;
using Xunit;

namespace Matrix42.JiraConnector.Tests.Events;

public sealed class ActivityOutcomeTests
{
    [Fact]
    public void FromParts_AllCompleted_IsCompleted()
    {
        var outcome = ActivityOutcome.FromParts("Added", [Part("g1", ActivityStatus.Completed)]);

        Assert.Equal(ActivityStatus.Completed, outcome.Status);
        Assert.Equal("Added: 1 of 1 succeeded.", outcome.Message);
    }

    [Fact]
    public void FromParts_OneFailedAndOneUnknown_IsFailedListingBoth()
    {
        var outcome = ActivityOutcome.FromParts("Added",
            [Part("g1", ActivityStatus.Completed), Part("g2", ActivityStatus.Failed),
                Part("g3", ActivityStatus.OutcomeUnknown)]);

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("1 of 3", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("g2: g2 went wrong", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("g3: g3 went wrong", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("g1:", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromParts_OnlyUnknownParts_IsOutcomeUnknown()
    {
        var outcome = ActivityOutcome.FromParts("Pushed", [Part("comment", ActivityStatus.OutcomeUnknown)]);

        Assert.Equal(ActivityStatus.OutcomeUnknown, outcome.Status);
    }

    private static ActivityPart Part(string name, ActivityStatus status) =>
        new(name, status, status == ActivityStatus.Completed ? "ok" : name + " went wrong");
}
