using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.CreateIssueActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

public sealed class TriggerPollTests
{
    [Fact]
    public async Task PollOnceAsync_NewMatchingCards_RunActivityOncePerCard()
    {
        using var h = new EventHarness();
        var poll = new EventTriggerPoll(h.Activities, h.EsmClient, h.Store);
        var trigger = CreateOnNew(h);
        var first = h.AddIncident("Printer down");
        var second = h.AddIncident("Screen flickers");
        h.AddIncident("Already handled", status: "Completed");

        var result = await poll.PollOnceAsync(trigger);
        var again = await poll.PollOnceAsync(trigger);

        Assert.Equal(2, result.Matched);
        Assert.Equal([Id(first), Id(second)], result.Runs.Select(r => r.DataCardId));
        Assert.All(result.Runs, r => Assert.True(r.Outcome.IsCompleted, r.Outcome.Message));
        Assert.Empty(again.Runs);
        Assert.Equal(2, h.Jira.IssueCount);
    }

    [Fact]
    public async Task PollOnceAsync_MappedValueChanged_RunsAgainOnlyForThatCard()
    {
        using var h = new EventHarness();
        var poll = new EventTriggerPoll(h.Activities, h.EsmClient, h.Store);
        var trigger = new EventTrigger
        {
            Task = EventTasks.UpdateIncident,
            Condition = Eql.Attr("jira_id").Like("%"),
            Activity = h.Activities.UpdateIssueAsync,
        };
        var changed = h.AddIncident("Printer down", "Text");
        var unchanged = h.AddIncident("Screen flickers", "Text");
        foreach (var card in new[] { changed, unchanged })
        {
            await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        }

        await poll.PollOnceAsync(trigger);
        await IssueChangeActivityTests.SetAsync(h, changed, "description", "New text");
        var result = await poll.PollOnceAsync(trigger);

        var run = Assert.Single(result.Runs);
        Assert.Equal(Id(changed), run.DataCardId);
        Assert.True(run.Outcome.IsCompleted, run.Outcome.Message);
        Assert.Equal(1, h.Jira.Log.CountWhere(e => e.Method == "PUT"));
    }

    [Fact]
    public async Task PollOnceAsync_LastModifiedAttributeUnchanged_DoesNotRunForOtherChanges()
    {
        using var h = new EventHarness();
        var poll = new EventTriggerPoll(h.Activities, h.EsmClient, h.Store);
        var trigger = CreateOnNew(h) with { LastModifiedAttribute = "resolution" };
        var card = h.AddIncident("Printer down");
        await poll.PollOnceAsync(trigger);

        await IssueChangeActivityTests.SetAsync(h, card, "subject", "Renamed");
        var quiet = await poll.PollOnceAsync(trigger);
        await IssueChangeActivityTests.SetAsync(h, card, "resolution", "touched");
        var fired = await poll.PollOnceAsync(trigger);

        Assert.Empty(quiet.Runs);
        Assert.Single(fired.Runs);
    }

    [Fact]
    public async Task PollOnceAsync_ChangeArrivedFromJira_RunsButWritesNothingBack()
    {
        using var h = new EventHarness();
        var poll = new EventTriggerPoll(h.Activities, h.EsmClient, h.Store);
        var trigger = new EventTrigger
        {
            Task = EventTasks.UpdateIncident,
            Condition = Eql.Attr("jira_id").Like("%"),
            Activity = h.Activities.UpdateIssueAsync,
        };
        var card = h.AddIncident("Printer down", "Text");
        var created = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await poll.PollOnceAsync(trigger);

        h.Jira.EditIssue(created.Values["issueKey"],
            new System.Text.Json.Nodes.JsonObject { ["summary"] = "Printer down on floor 3" });
        await IssueChangeActivityTests.SetAsync(h, card, "subject", "Printer down on floor 3");
        var result = await poll.PollOnceAsync(trigger);
        var again = await poll.PollOnceAsync(trigger);

        Assert.True(Assert.Single(result.Runs).Outcome.IsCompleted);
        Assert.Empty(again.Runs);
        Assert.Equal(0, h.Jira.Log.CountWhere(e => e.Method == "PUT"));
    }

    private static EventTrigger CreateOnNew(EventHarness h) => new()
    {
        Task = EventTasks.CreateIncident,
        Condition = Eql.Attr("status").Eq("New"),
        Activity = h.Activities.CreateIssueAsync,
    };
}
