using System.Globalization;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Testing.Faults;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

public sealed class CreateIssueActivityTests
{
    [Fact]
    public async Task CreateIssueAsync_CompleteCard_CreatesIssueAndWritesKeyAndIdBack()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down", "Floor 3 printer jams.");

        var outcome = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));

        Assert.Equal(ActivityStatus.Completed, outcome.Status);
        var key = h.ValueOf(card, "jira_key");
        Assert.Equal(outcome.Values["issueKey"], key);
        Assert.Equal(outcome.Values["issueId"], h.ValueOf(card, "jira_id"));
        var issue = h.Jira.GetIssue(key!)!;
        Assert.Equal("Printer down", (string?)issue["fields"]!["summary"]);
        Assert.Contains("esm-card-" + card, issue["fields"]!["labels"]!.AsArray().Select(l => (string?)l));
    }

    [Fact]
    public async Task CreateIssueAsync_EsmRefusesTheLogin_FailsWithoutThrowingOrCallingJira()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down");
        h.Esm.AddUser("webapi", "changed-password");

        var outcome = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.StartsWith("ESM refused a call:", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("401", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.TotalCount);
        Assert.Null(h.ValueOf(card, "jira_key"));
    }

    [Fact]
    public async Task CreateIssueAsync_ByTaskIdTwice_CreatesOnlyOneIssue()
    {
        using var h = new EventHarness();
        var card = h.AddIncident("Printer down");

        var first = await h.Activities.CreateIssueAsync(On("evt-1", card));
        var second = await h.Activities.CreateIssueAsync(On("evt-1", card));

        Assert.True(first.IsCompleted);
        Assert.True(second.IsCompleted);
        Assert.Equal(1, h.Jira.IssueCount);
        Assert.Equal(1, h.Jira.Log.CountOf("POST /rest/api/3/issue"));
    }

    [Fact]
    public async Task CreateIssueAsync_NoSummary_FailsWithoutJiraCallAndWritesException()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("incident", "incidents", new Dictionary<string, object?> { ["status"] = "New" });

        var outcome = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("summary", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.TotalCount);
        Assert.Equal(outcome.Message, h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task CreateIssueAsync_ProjectRequiresFieldTheCardLacks_FailsNamingItBeforeCreate()
    {
        using var h = new EventHarness();
        h.Jira.AddProject("SUP", "Support", "duedate");
        h.Connector.EventTasks[0].Mappings[0].Constant = "SUP";
        var card = h.AddIncident("Printer down");

        var outcome = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("duedate", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.CountOf("POST /rest/api/3/issue"));
    }

    [Fact]
    public async Task CreateIssueAsync_JiraAnswers400WithFieldErrors_FailsWithJirasMessage()
    {
        using var h = new EventHarness();
        var field = h.Jira.AddCustomField("Story Points", "number", fieldId: "customfield_10070");
        h.Connector.EventTasks[0].Mappings.Add(EventTasks.Map(field, "subject"));
        var card = h.AddIncident("not a number");

        var outcome = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("customfield_10070", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("400", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.IssueCount);
        Assert.Equal(outcome.Message, h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task CreateIssueAsync_SuccessAfterFailure_ClearsExceptionAttribute()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("incident", "incidents", new Dictionary<string, object?> { ["status"] = "New" });
        await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        Assert.NotNull(h.ValueOf(card, "prov_exception"));

        await h.EsmClient.ModifyAsync("incident", Id(card),
            new EsmAttributeSet().Set("subject", EsmValue.Text("Fixed")));
        var outcome = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));

        Assert.True(outcome.IsCompleted);
        Assert.Null(h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task CreateIssueAsync_ResponseLostWithSearchLag_FindsIssueByMarkerWithoutDuplicate()
    {
        using var h = new EventHarness();
        h.Jira.SearchIndexDelay = TimeSpan.FromSeconds(5);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/issue", "POST", maxCount: 1);
        var card = h.AddIncident("Printer down");

        var outcome = await h.WithClockAsync(
            () => h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card)),
            TimeSpan.FromMilliseconds(500));

        Assert.Equal(ActivityStatus.Completed, outcome.Status);
        Assert.Equal(1, h.Jira.IssueCount);
        Assert.Equal(1, h.Jira.Log.CountOf("POST /rest/api/3/issue"));
        Assert.True(h.Jira.Log.CountOf("POST /rest/api/3/search/jql") >= 2, "the first lookup runs into the lag");
        Assert.Equal(outcome.Values["issueKey"], h.ValueOf(card, "jira_key"));
    }

    [Fact]
    public async Task CreateIssueAsync_ResponseLostAndSearchLagsPastLookups_ReportsOutcomeUnknownWithoutSecondCreate()
    {
        using var h = new EventHarness();
        h.Jira.SearchIndexDelay = TimeSpan.FromHours(1);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/issue", "POST", maxCount: 1);
        var card = h.AddIncident("Printer down");

        var outcome = await h.WithClockAsync(
            () => h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card)),
            TimeSpan.FromSeconds(1));

        Assert.Equal(ActivityStatus.OutcomeUnknown, outcome.Status);
        Assert.Contains("Outcome unknown", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Jira.IssueCount);
        Assert.Equal(1, h.Jira.Log.CountOf("POST /rest/api/3/issue"));
        Assert.Equal(h.Options.LookupAttempts, h.Jira.Log.CountOf("POST /rest/api/3/search/jql"));
        Assert.Equal(outcome.Message, h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task CreateIssueAsync_RunAgainAfterOutcomeUnknown_FindsTheFirstIssueInsteadOfCreating()
    {
        using var h = new EventHarness();
        h.Jira.SearchIndexDelay = TimeSpan.FromHours(1);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/issue", "POST", maxCount: 1);
        var card = h.AddIncident("Printer down");
        var unknown = await h.WithClockAsync(
            () => h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card)),
            TimeSpan.FromSeconds(1));

        h.Jira.ReconcileSearch();
        var again = await h.WithClockAsync(
            () => h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card)),
            TimeSpan.FromSeconds(1));

        Assert.Equal(ActivityStatus.OutcomeUnknown, unknown.Status);
        Assert.Equal(ActivityStatus.Completed, again.Status);
        Assert.Equal(1, h.Jira.IssueCount);
        Assert.Equal(1, h.Jira.Log.CountOf("POST /rest/api/3/issue"));
        Assert.Equal(again.Values["issueKey"], h.ValueOf(card, "jira_key"));
    }

    [Fact]
    public async Task CreateIssueAsync_UnknownTask_ThrowsNamingIt()
    {
        using var h = new EventHarness();

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => h.Activities.CreateIssueAsync(ActivityRequest.ForCard("nope", "10000")));

        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
    }

    internal static string Id(long card) => card.ToString(CultureInfo.InvariantCulture);
}
