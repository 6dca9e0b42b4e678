using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Jira;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.CreateIssueActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

/// <summary>
/// The ESM → Jira half of the three two-way scenarios of the native connector: what the event side must leave in
/// Jira so that a scheduled task reading the project brings status, description or completion back.
/// </summary>
public sealed class TwoWayScenarioTests
{
    [Fact]
    public async Task Scenario1_NewSoftwareIncident_CreatesIssueThatCompletedSearchFindsOnce()
    {
        using var h = new EventHarness();
        var poll = new EventTriggerPoll(h.Activities, h.EsmClient, h.Store);
        var trigger = new EventTrigger
        {
            Task = EventTasks.CreateIncident,
            Condition = Eql.All(Eql.Attr("status").Eq("New"), Eql.Attr("type").Eq("Incident"),
                Eql.Attr("support_group").Eq("Software team")),
            Activity = h.Activities.CreateIssueAsync,
        };
        var card = Incident(h, "App crashes", "Incident", "Software team");
        Incident(h, "Wrong team", "Incident", "Hardware team");
        Incident(h, "Not an incident", "Service request", "Software team");

        var result = await poll.PollOnceAsync(trigger);
        var key = h.ValueOf(card, "jira_key")!;
        await TransitionAsync(h, key, "31", new System.Text.Json.Nodes.JsonObject
        {
            ["resolution"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "Done" },
        });
        await poll.PollOnceAsync(trigger);

        Assert.Equal(Id(card), Assert.Single(result.Runs).DataCardId);
        h.Jira.ReconcileSearch();
        var completed = await SearchKeysAsync(h, "project = OPS AND status = Done");
        Assert.Equal([key], completed);
        Assert.Equal(1, h.Jira.IssueCount);
    }

    [Fact]
    public async Task Scenario2_DescriptionChangedInJira_IsNotOverwrittenByTheNextUpdate()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("App crashes", "Original text");
        var created = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        var key = created.Values["issueKey"];

        h.Jira.EditIssue(key, new System.Text.Json.Nodes.JsonObject
        {
            ["description"] = IssueChangeActivityTests.Adf("Changed in Jira"),
        });
        await IssueChangeActivityTests.SetAsync(h, card, "description", "Changed in Jira");
        var outcome = await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        var issue = await h.JiraClient.Issues.GetAsync(key, ["description"]);
        Assert.Equal("Changed in Jira", issue.GetText()?.Trim());
        Assert.Equal(0, h.Jira.Log.CountWhere(e => e.Method == "PUT"));
        Assert.Equal(1, h.Jira.IssueCount);
    }

    [Fact]
    public async Task Scenario3_ManualAccessRequest_BecomesIssueWhoseCompletionIsSearchable()
    {
        using var h = new EventHarness(c => c.EventTasks.Add(new EventTaskDefinition
        {
            Id = "evt-7",
            Name = "access-to-jira",
            Template = "access_request",
            Folder = "access_requests",
            Mappings =
            [
                EventTasks.Constant("project", "OPS"), EventTasks.Constant("issuetype", "Task"),
                EventTasks.Map("summary", "title"),
            ],
            WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key", IssueIdAttribute = "jira_id" },
        }));
        var poll = new EventTriggerPoll(h.Activities, h.EsmClient, h.Store);
        var trigger = new EventTrigger
        {
            Task = "access-to-jira",
            Condition = Eql.All(Eql.Attr("state").Eq("Open"), Eql.Attr("category").Eq("Manual access")),
            Activity = h.Activities.CreateIssueAsync,
        };
        var request = h.Esm.AddCard("access_request", "access_requests", new Dictionary<string, object?>
        {
            ["title"] = "Grant VPN access", ["state"] = "Open", ["category"] = "Manual access",
        });

        var result = await poll.PollOnceAsync(trigger);
        var key = h.ValueOf(request, "jira_key")!;
        h.Jira.AddComment(key, "Access granted", h.AdminId);
        await TransitionAsync(h, key, "31", new System.Text.Json.Nodes.JsonObject
        {
            ["resolution"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "Done" },
        });

        Assert.True(Assert.Single(result.Runs).Outcome.IsCompleted);
        h.Jira.ReconcileSearch();
        Assert.Equal([key], await SearchKeysAsync(h, "project = OPS AND status = Done"));
        Assert.Equal(["Access granted"], await CommentActivityTests.CommentTextsAsync(h, key));
    }

    private static long Incident(EventHarness h, string subject, string type, string group) =>
        h.Esm.AddCard("incident", "incidents", new Dictionary<string, object?>
        {
            ["subject"] = subject, ["status"] = "New", ["type"] = type, ["support_group"] = group,
        });

    private static Task TransitionAsync(
        EventHarness h, string key, string id, System.Text.Json.Nodes.JsonObject fields) =>
        h.JiraClient.Issues.TransitionAsync(key, new JiraTransitionRequest { TransitionId = id, Fields = fields });

    private static async Task<List<string>> SearchKeysAsync(EventHarness h, string jql)
    {
        var keys = new List<string>();
        var request = new JiraSearchRequest { Jql = jql, Fields = ["key"] };
        await foreach (var issue in h.JiraClient.Search.SearchAsync(request))
        {
            keys.Add(issue.Key!);
        }

        return keys;
    }
}
