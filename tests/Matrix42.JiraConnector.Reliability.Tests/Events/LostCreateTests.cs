using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Tests.Events;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Reliability.Tests.Events;

/// <summary>
/// A create whose response is lost never yields a second issue, and the card ends up holding the key.
/// </summary>
public sealed class LostCreateTests(ITestOutputHelper output)
{
    private const int Trials = 500;

    [Fact]
    public async Task CreateIssueAsync_ResponseLostFiveHundredTimes_NoDuplicateAndCardHoldsTheKey()
    {
        var random = new Random(2026);

        for (var trial = 0; trial < Trials; trial++)
        {
            using var h = new EventHarness();
            h.Jira.SearchIndexDelay = TimeSpan.FromMilliseconds(random.Next(0, 8_000));
            h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/issue", "POST", maxCount: 1);
            var card = h.AddIncident($"Printer down {trial}");

            var outcome = await CreateAsync(h, card);

            var state = $"trial {trial} (search lag {h.Jira.SearchIndexDelay})";
            Assert.True(outcome.Status == ActivityStatus.Completed, $"{state}: {outcome.Status} {outcome.Message}");
            Assert.True(h.Jira.IssueCount == 1, $"{state}: {h.Jira.IssueCount} issues");
            Assert.True(h.Jira.Log.CountOf("POST /rest/api/3/issue") == 1, $"{state}: more than one create call");
            Assert.Equal(outcome.Values["issueKey"], h.ValueOf(card, "jira_key"));
        }

        output.WriteLine($"{Trials} trials with a lost create response: no duplicate, every card holds its key");
    }

    [Fact]
    public async Task CreateIssueAsync_RunAgainAfterOutcomeUnknown_FindsTheFirstIssue()
    {
        using var h = new EventHarness();
        h.Jira.SearchIndexDelay = TimeSpan.FromHours(1);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/issue", "POST", maxCount: 1);
        var card = h.AddIncident("Printer down");
        var first = await CreateAsync(h, card);
        Assert.Equal(ActivityStatus.OutcomeUnknown, first.Status);

        h.Time.Advance(TimeSpan.FromHours(2));
        var second = await CreateAsync(h, card);

        Assert.Equal(ActivityStatus.Completed, second.Status);
        Assert.Equal(1, h.Jira.IssueCount);
        Assert.Equal(second.Values["issueKey"], h.ValueOf(card, "jira_key"));
    }

    private static Task<ActivityOutcome> CreateAsync(EventHarness h, long card) => h.WithClockAsync(
        () => h.Activities.CreateIssueAsync(EventHarness.On(EventTasks.CreateIncident, card)),
        TimeSpan.FromMilliseconds(500));
}
