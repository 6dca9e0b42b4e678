using Matrix42.JiraConnector.Sample.Demo;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.Sample.Running;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>The demo's story run in process, with the outcome of each step checked against both fakes.</summary>
public sealed class DemoScenarioRunTests
{
    [Fact]
    public async Task RunAsync_DemoStory_EachStepHasItsOutcome()
    {
        await using var demo = DemoEnvironment.Start(TimeProvider.System, userCount: 80);
        using var folder = new TempFolder();
        var connector = demo.Document.Connectors[0];
        using var clients = ConnectorClients.Create(connector, NullLoggerFactory.Instance, TimeProvider.System);
        var store = new InMemoryConnectorStateStore();
        var scheduled = new ScheduledRuns(
            connector, clients, store, folder.File("snapshots"), TimeProvider.System, NullLoggerFactory.Instance);
        using var host = EventHost.Build(
            demo.Document, folder.File("state.db"), TimeProvider.System, Environment.GetEnvironmentVariable);
        var events = new DemoEvents(
            demo, clients, new EventRuns(connector, host.Tasks, NullLoggerFactory.Instance), TextWriter.Null);
        var scenario = new DemoScenario(demo, clients, scheduled, events, store, folder.Path, TextWriter.Null);

        var result = await scenario.RunAsync(CancellationToken.None);

        Assert.False(result.Failed);
        Assert.Equal(DemoStepStatus.Completed, result.Step(0).Status);

        // Step 1: every person, group and issue becomes a card.
        var people = demo.JiraFacts.People.Count + 1;
        var (identity, issues) = Runs(result.Step(1));
        Assert.Equal(people + demo.JiraFacts.Groups.Count, identity.Counts.Created);
        Assert.Equal(demo.JiraFacts.IssueKeys.Count, issues.Counts.Created);
        Assert.Equal(0, identity.Counts.Failed + issues.Counts.Failed);
        AssertDueReviewDates(demo);

        // Step 2: nothing changed, nothing written.
        (identity, issues) = Runs(result.Step(2));
        Assert.Equal(0, identity.Counts.Writes);
        Assert.Equal(0, issues.Counts.Writes);
        Assert.Equal(identity.Counts.Read, identity.Counts.Unchanged);

        // Step 3: exactly the Jira changes arrive.
        var changes = result.Changes!;
        (identity, issues) = Runs(result.Step(3));
        Assert.Equal(0, identity.Counts.Created + issues.Counts.Created);
        Assert.Equal(1, identity.Counts.MarkedInactive);
        Assert.Equal(1, identity.Counts.MarkedRemoved);
        Assert.Equal(2, issues.Counts.Updated);
        Assert.Contains($"Issue:{changes.EditedIssueId}", issues.Updated);

        var person = (string id) => Assert.Single(demo.Esm.GetCards("person"), c => c.ValueOf("account_id") == id);
        Assert.Equal(DemoEsmTenant.Inactive, person(changes.DeactivatedAccountId).ValueOf("status"));
        Assert.Equal(DemoEsmTenant.Removed, person(changes.RemovedAccountId).ValueOf("status"));
        var group = Assert.Single(
            demo.Esm.GetCards("jira_group"), c => c.ValueOf("group_id") == changes.RenamedGroupId);
        Assert.Equal(changes.NewGroupName, group.ValueOf("name"));
        var ticket = Assert.Single(
            demo.Esm.GetCards("jira_ticket"), c => c.ValueOf("issue_id") == changes.EditedIssueId);
        Assert.Equal(changes.NewKey, ticket.ValueOf("issue_key"));
        Assert.Equal(demo.JiraFacts.IssueKeys.Count, demo.Esm.CountCards("jira_ticket"));

        // Step 4: the incident became a Jira issue with the agent's comment, then was resolved; a person joined groups.
        Assert.Equal(DemoStepStatus.Completed, result.Step(4).Status);
        Assert.All(result.Step(4).Runs, r => Assert.Equal("Completed", r.Status));
        var incident = demo.Esm.FindCard(demo.EsmFacts.IncidentId)!;
        var issueKey = incident.ValueOf("jira_key");
        Assert.StartsWith("OPS-", issueKey, StringComparison.Ordinal);
        var issue = demo.Jira.GetIssue(issueKey!)!;
        Assert.Equal("Done", issue["fields"]!["status"]!["name"]!.GetValue<string>());
        Assert.Contains("HDMI switch", issue["fields"]!["comment"]!.ToJsonString(), StringComparison.Ordinal);
        var joined = demo.JiraFacts.Groups.Count(g => demo.Jira.GetMembers(g).Contains(demo.JiraFacts.People[0]));
        Assert.True(joined >= 3, $"The person is in {joined} group(s); the access request should have added two.");

        // Step 5: three runs per task in the history, each with its extract snapshot on disk.
        var history = await store.GetRunsAsync(DemoConfiguration.IssueTaskId, 0, 10);
        Assert.Equal(3, history.Count);
        var snapshots = await store.GetSnapshotsAsync(DemoConfiguration.IssueTaskId);
        Assert.All(snapshots, s => Assert.True(File.Exists(s.Path), s.Path));
        Assert.NotEmpty(snapshots);
    }

    // The date-only custom field lands in the date attribute as the same calendar day Jira shows.
    private static void AssertDueReviewDates(DemoEnvironment demo)
    {
        var field = demo.JiraFacts.Fields.DueReview;
        var tickets = demo.Esm.GetCards("jira_ticket");
        Assert.Equal(demo.JiraFacts.IssueKeys.Count, tickets.Count);
        Assert.All(tickets, ticket =>
        {
            var issue = demo.Jira.GetIssue(ticket.ValueOf("issue_key")!)!;
            Assert.Equal(issue["fields"]![field]!.GetValue<string>(), ticket.ValueOf("due_review"));
        });
    }

    private static (TaskRunOutcome Identity, TaskRunOutcome Issues) Runs(DemoStepResult step)
    {
        Assert.Equal(DemoStepStatus.Completed, step.Status);
        return (Assert.Single(step.Runs, r => r.TaskId == DemoConfiguration.IdentityTaskId),
            Assert.Single(step.Runs, r => r.TaskId == DemoConfiguration.IssueTaskId));
    }
}
