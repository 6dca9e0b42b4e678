using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Jira;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.CreateIssueActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

/// <summary>
/// The three two-way scenarios of the native connector: event tasks (triggered by the poll) create and update the
/// issue, and a scheduled task reading the project brings status, description or completion back to the card.
/// </summary>
public sealed class TwoWayScenarioTests
{
    [Fact]
    public async Task Scenario1_NewSoftwareIncident_CreatesIssueAndCompletedStatusComesBack()
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

        h.Jira.ReconcileSearch();
        var back = await ReturnTasks.Runner(h).RunAsync(ReturnTasks.Generic("ret-1",
            "project = OPS AND status = Done", "incident",
            ReturnTasks.Read("fields.status.name", "status", ("Done", "Completed"))));
        var third = await poll.PollOnceAsync(trigger);

        Assert.Equal(Id(card), Assert.Single(result.Runs).DataCardId);
        Assert.Empty(back.Record.Errors);
        Assert.Equal("Completed", h.ValueOf(card, "status"));
        Assert.Empty(third.Runs);
        Assert.Equal(1, h.Jira.IssueCount);
    }

    [Fact]
    public async Task Scenario2_DescriptionChangedInJira_ComesBackAndIsNotWrittenAgain()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("App crashes", "Original text");
        var created = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        var key = created.Values["issueKey"];

        h.Jira.EditIssue(key, new System.Text.Json.Nodes.JsonObject
        {
            ["description"] = IssueChangeActivityTests.Adf("Changed in Jira"),
        });
        h.Jira.ReconcileSearch();
        var back = await ReturnTasks.Runner(h).RunAsync(ReturnTasks.Generic("ret-2",
            "project = OPS AND status != Done", "incident", ReturnTasks.Read("fields.description", "description")));
        var outcome = await h.Activities.UpdateIssueAsync(On(EventTasks.UpdateIncident, card));

        Assert.Empty(back.Record.Errors);
        Assert.Equal("Changed in Jira", h.ValueOf(card, "description")?.Trim());
        Assert.True(outcome.IsCompleted, outcome.Message);
        var issue = await h.JiraClient.Issues.GetAsync(key, ["description"]);
        Assert.Equal("Changed in Jira", issue.GetText()?.Trim());
        Assert.Equal(0, h.Jira.Log.CountWhere(e => e.Method == "PUT"));
        Assert.Equal(1, h.Jira.IssueCount);
    }

    [Fact]
    public async Task Scenario3_ManualAccessRequest_BecomesIssueAndItsCompletionComesBack()
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

        h.Jira.ReconcileSearch();
        var back = await ReturnTasks.Runner(h).RunAsync(ReturnTasks.Generic("ret-3",
            "project = OPS AND status = Done", "access_request",
            ReturnTasks.Read("fields.status.name", "state", ("Done", "Closed"))));

        Assert.True(Assert.Single(result.Runs).Outcome.IsCompleted);
        Assert.Empty(back.Record.Errors);
        Assert.Equal("Closed", h.ValueOf(request, "state"));
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
}
