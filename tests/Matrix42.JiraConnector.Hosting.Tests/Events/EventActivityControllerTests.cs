using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Matrix42.JiraConnector.Hosting.Tests.Events;

public sealed class EventActivityControllerTests
{
    [Fact]
    public async Task RunEventActivityAsync_CreateIssue_CreatesOneIssueAndWritesItsKeyBack()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await using var host = new EventHost([site]);
        var card = site.AddIncident("Printer down");

        var first = await host.Controller.RunEventActivityAsync(
            "conn-1", EventActivityKind.CreateIssue, ActivityRequest.ForCard(site.CreateTask, card));
        var again = await host.Controller.RunEventActivityAsync(
            "conn-1", EventActivityKind.CreateIssue, ActivityRequest.ForCard(site.CreateTask, card));

        Assert.True(first.IsCompleted, first.Message);
        var key = first.Values["issueKey"];
        Assert.Equal(key, site.ValueOf(card, "jira_key"));
        Assert.Equal(first.Values["issueId"], site.ValueOf(card, "jira_id"));
        Assert.Equal("Printer down", (string?)site.Jira.GetIssue(key)!["fields"]!["summary"]);
        Assert.True(again.IsCompleted, again.Message);
        Assert.Contains("nothing was created", again.Message, StringComparison.Ordinal);
        Assert.Equal(1, site.Jira.IssueCount);
        Assert.Equal(1, site.JiraPosts("/issue"));
    }

    [Fact]
    public async Task RunEventActivityAsync_TaskByNameAndUpdate_SendsTheChangedField()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await using var host = new EventHost([site]);
        var card = site.AddIncident("Printer down");
        var created = await host.Controller.RunEventActivityAsync(
            "conn-1", EventActivityKind.CreateIssue, ActivityRequest.ForCard(site.CreateTask, card));
        var esm = host.Services.GetRequiredService<IConnectorClientRegistry>().GetEsmClient("conn-1");
        await esm.ModifyAsync("incident", card, new Esm.EsmAttributeSet().Set("subject", Esm.EsmValue.Text("Jam")));

        // Tasks are found by name too (ignoring case), as the core activities find them.
        var updated = await host.Controller.RunEventActivityAsync(
            "conn-1", EventActivityKind.UpdateIssue, ActivityRequest.ForCard("INCIDENT CONN-1-UPDATE", card));

        Assert.True(updated.IsCompleted, updated.Message);
        Assert.Equal("Jam", (string?)site.Jira.GetIssue(created.Values["issueKey"])!["fields"]!["summary"]);
        Assert.Equal(1, site.JiraPuts);
    }

    [Fact]
    public async Task RunEventActivityAsync_UnknownConnectorTaskOrMissingArguments_ThrowTypedErrorsAndWriteNothing()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await using var host = new EventHost([site]);
        var card = site.AddIncident("Printer down");

        var connector = await Assert.ThrowsAsync<UnknownConnectorException>(() =>
            host.Controller.RunEventActivityAsync(
                "nope", EventActivityKind.CreateIssue, ActivityRequest.ForCard(site.CreateTask, card)));
        var task = await Assert.ThrowsAsync<UnknownEventTaskException>(() =>
            host.Controller.RunEventActivityAsync(
                "conn-1", EventActivityKind.CreateIssue, ActivityRequest.ForCard("evt-missing", card)));
        var comments = await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Controller.RunEventActivityAsync(
                "conn-1", EventActivityKind.PushComments, ActivityRequest.ForCard(site.CreateTask, card)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            host.Controller.RunEventActivityAsync(
                "conn-1", (EventActivityKind)42, ActivityRequest.ForCard(site.CreateTask, card)));

        Assert.Equal("nope", connector.ConnectorId);
        Assert.Contains("conn-1", connector.Message, StringComparison.Ordinal);
        Assert.Equal(("conn-1", "evt-missing"), (task.ConnectorId, task.Task));
        Assert.Contains(site.CreateTask, task.Message, StringComparison.Ordinal);
        Assert.Contains("Comments", comments.Message, StringComparison.Ordinal);
        Assert.Equal(0, site.Jira.IssueCount);
        Assert.Equal(0, site.Jira.Log.CountWhere(e => e.Method != "GET"));
    }

    [Fact]
    public async Task RunEventActivityAsync_TwoConnectors_EachActivityGoesToItsOwnJira()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var alpha = new EventSite("alpha", time, "alpha@example.com", "alpha-token");
        var beta = new EventSite("beta", time, "beta@example.com", "beta-token");
        await using var host = new EventHost([alpha, beta], time: time);
        var alphaCard = alpha.AddIncident("Alpha printer");
        var betaCard = beta.AddIncident("Beta printer");
        var betaSecond = beta.AddIncident("Beta screen");

        var b1 = await host.Controller.RunEventActivityAsync(
            "beta", EventActivityKind.CreateIssue, ActivityRequest.ForCard(beta.CreateTask, betaCard));
        var b2 = await host.Controller.RunEventActivityAsync(
            "beta", EventActivityKind.CreateIssue, ActivityRequest.ForCard(beta.CreateTask, betaSecond));
        var a1 = await host.Controller.RunEventActivityAsync(
            "alpha", EventActivityKind.CreateIssue, ActivityRequest.ForCard(alpha.CreateTask, alphaCard));

        Assert.All([a1, b1, b2], o => Assert.True(o.IsCompleted, o.Message));
        Assert.Equal(1, alpha.Jira.IssueCount);
        Assert.Equal(2, beta.Jira.IssueCount);
        Assert.Equal("Alpha printer", (string?)alpha.Jira.GetIssue(a1.Values["issueKey"])!["fields"]!["summary"]);
        Assert.Equal("Beta printer", (string?)beta.Jira.GetIssue(b1.Values["issueKey"])!["fields"]!["summary"]);
        Assert.Equal(a1.Values["issueKey"], alpha.ValueOf(alphaCard, "jira_key"));
        Assert.Equal(b2.Values["issueKey"], beta.ValueOf(betaSecond, "jira_key"));
    }
}
