using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.CreateIssueActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

public sealed class IssueChangeActivityTests
{
    [Fact]
    public async Task UpdateIssueAsync_OnlyDescriptionChanged_SendsOnlyDescription()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down", "First text");
        await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));
        await SetAsync(h, card, "description", "Second text");
        h.Jira.Log.Clear();

        var outcome = await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        var edit = Assert.Single(h.Jira.Log.Entries, e => e.Method == "PUT");
        var fields = JsonNode.Parse(edit.Body)!["fields"]!.AsObject();
        Assert.Equal(["description"], fields.Select(f => f.Key));
        Assert.Contains("Second text", h.Jira.GetIssue(h.ValueOf(card, "jira_key")!)!["fields"]!["description"]!
            .ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateIssueAsync_NothingChanged_MakesNoJiraWrite()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down", "Text");
        await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));
        var writes = h.JiraWrites;

        var outcome = await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        Assert.True(outcome.IsCompleted);
        Assert.Equal(writes, h.JiraWrites);
    }

    [Fact]
    public async Task UpdateIssueAsync_ChangeCameFromJira_DoesNotWriteItBack()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down", "Text");
        var created = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        // Jira's description changes, and a scheduled task copies it onto the card.
        h.Jira.EditIssue(created.Values["issueKey"], new JsonObject { ["description"] = Adf("Edited in Jira") });
        await SetAsync(h, card, "description", "Edited in Jira");
        var writes = h.JiraWrites;

        var outcome = await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        Assert.True(outcome.IsCompleted);
        Assert.Contains("already holds", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(writes, h.JiraWrites);
    }

    [Fact]
    public async Task UpdateIssueAsync_CardWithoutIssue_FailsWithoutJiraCall()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down");

        var outcome = await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("jira_id", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.TotalCount);
    }

    [Fact]
    public async Task PushStatusAsync_TransitionNeedsResolutionTheCardLacks_FailsNamingResolutionBeforeTransition()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down");
        await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await SetStatusAsync(h, card, "Completed");

        var outcome = await h.Activities.PushStatusAsync(On(EventTasks.ResolveIncident, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("resolution", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.PostsTo("/transitions"));
    }

    [Fact]
    public async Task PushStatusAsync_ResolutionGiven_MovesIssueToMappedStatusWithResolution()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down");
        var created = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await SetStatusAsync(h, card, "Completed");
        await SetAsync(h, card, "resolution", "Done");

        var outcome = await h.Activities.PushStatusAsync(On(EventTasks.ResolveIncident, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        var fields = h.Jira.GetIssue(created.Values["issueKey"])!["fields"]!;
        Assert.Equal("Done", (string?)fields["status"]!["name"]);
        Assert.Equal("Done", (string?)fields["resolution"]!["name"]);
    }

    [Fact]
    public async Task PushStatusAsync_AlreadyInTargetStatus_MakesNoTransition()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down");
        await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        await SetStatusAsync(h, card, "In progress");
        await h.Activities.PushStatusAsync(On(EventTasks.ResolveIncident, card));
        var writes = h.JiraWrites;

        var outcome = await h.Activities.PushStatusAsync(On(EventTasks.ResolveIncident, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(writes, h.JiraWrites);
    }

    internal static JsonObject Adf(string text) => new()
    {
        ["type"] = "doc",
        ["version"] = 1,
        ["content"] = new JsonArray(new JsonObject
        {
            ["type"] = "paragraph",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        }),
    };

    internal static Task SetAsync(EventHarness h, long card, string attribute, string text) =>
        h.EsmClient.ModifyAsync("incident", Id(card), new EsmAttributeSet().Set(attribute, EsmValue.Text(text)));

    internal static Task SetStatusAsync(EventHarness h, long card, string status) =>
        h.EsmClient.ModifyAsync("incident", Id(card), new EsmAttributeSet().Set("status", EsmValue.Static(status)));
}
