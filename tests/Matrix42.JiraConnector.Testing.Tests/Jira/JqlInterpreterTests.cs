using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>The JQL subset, run through the search endpoint as a client would.</summary>
public sealed class JqlInterpreterTests : IDisposable
{
    private readonly JiraTestSite _t = new();

    public JqlInterpreterTests()
    {
        _t.Site.AddProject("HR", "People");
        _t.Site.AddCustomField("Story points", "number", fieldId: "customfield_10016");
        _t.Site.AddCustomField("Region", "option", fieldId: "customfield_10045");
        Add("OPS", "one", new JsonObject { ["labels"] = new JsonArray("vpn", "urgent"), ["customfield_10016"] = 3 });
        Add("OPS", "two", new JsonObject
        {
            ["assignee"] = new JsonObject { ["accountId"] = _t.UserId },
            ["status"] = new JsonObject { ["name"] = "In Progress" },
            ["customfield_10016"] = 0.5,
            ["customfield_10045"] = new JsonObject { ["value"] = "America", ["id"] = "10054" },
        });
        Add("OPS", "three", new JsonObject
        {
            ["status"] = new JsonObject { ["name"] = "Done" },
            ["resolution"] = new JsonObject { ["name"] = "Done" },
            ["labels"] = new JsonArray("vpn"),
        });
        Add("HR", "four", new JsonObject { ["assignee"] = new JsonObject { ["accountId"] = _t.AdminId } });
    }

    public void Dispose() => _t.Dispose();

    [Theory]
    [InlineData("project = OPS", "OPS-1,OPS-2,OPS-3")]
    [InlineData("project in (OPS, HR) AND status = \"To Do\"", "OPS-1,HR-1")]
    [InlineData("project not in (OPS)", "HR-1")]
    [InlineData("status != Done AND project = OPS", "OPS-1,OPS-2")]
    [InlineData("assignee != currentUser() AND project in (OPS, HR)", "OPS-2")]
    [InlineData("assignee is EMPTY", "OPS-1,OPS-3")]
    [InlineData("assignee IS NOT EMPTY", "OPS-2,HR-1")]
    [InlineData("labels = vpn", "OPS-1,OPS-3")]
    [InlineData("labels != urgent", "OPS-3")]
    [InlineData("resolution = Unresolved AND project = OPS", "OPS-1,OPS-2")]
    [InlineData("resolution is not empty", "OPS-3")]
    [InlineData("project = OPS AND NOT (labels = vpn OR status = Done)", "OPS-2")]
    [InlineData("project = HR OR project = OPS AND labels = urgent", "OPS-1,HR-1")]
    [InlineData("cf[10016] > 1", "OPS-1")]
    [InlineData("customfield_10016 <= 0.5", "OPS-2")]
    [InlineData("cf[10045] = America", "OPS-2")]
    [InlineData("cf[10045] = 10054", "OPS-2")]
    [InlineData("key in (OPS-2, HR-1)", "OPS-2,HR-1")]
    [InlineData("key > OPS-1", "OPS-2,OPS-3")]
    [InlineData("id = 10001", "OPS-2")]
    [InlineData("issuetype = Task AND project = HR", "HR-1")]
    public async Task Search_Condition_ReturnsExactlyMatchingIssues(string jql, string expected)
    {
        var keys = await JiraTestSite.SearchKeysAsync(_t.Admin, jql + " ORDER BY key ASC");

        Assert.Equal(expected.Split(',').Order(), keys.Order());
    }

    [Fact]
    public async Task Search_OrderByKeyDesc_SortsByProjectThenNumberDescending()
    {
        var keys = await JiraTestSite.SearchKeysAsync(_t.Admin, "project in (OPS, HR) ORDER BY key DESC");

        Assert.Equal(["OPS-3", "OPS-2", "OPS-1", "HR-1"], keys);
    }

    [Theory]
    [InlineData("summary ~ printer")]
    [InlineData("watcher = x AND project = OPS")]
    [InlineData("project = OPS AND updated > startOfDay(-1)")]
    [InlineData("project = OPS AND (status = Done")]
    [InlineData("project = OPS AND created > \"2026/13/45\"")]
    [InlineData("project = NOPE")]
    [InlineData("ORDER BY key")]
    [InlineData("")]
    public async Task Search_UnsupportedOrInvalidJql_Answers400WithJiraErrorBody(string jql)
    {
        var failure = await Assert.ThrowsAsync<JiraSearchFailed>(() => JiraTestSite.SearchKeysAsync(_t.Admin, jql));

        Assert.Equal(HttpStatusCode.BadRequest, failure.Status);
        Assert.NotEmpty(failure.Body["errorMessages"]!.AsArray());
        Assert.NotNull(failure.Body["errors"] as JsonObject);
    }

    [Fact]
    public async Task Parse_ValidUnknownAndInvalidQueries_Answers200WithPerQueryWarningsAndErrors()
    {
        var body = new JsonObject { ["queries"] = new JsonArray("project = OPS", "project = NOPE", "project = (") };

        using var response = await _t.Admin.PostAsJsonAsync("rest/api/3/jql/parse?validation=strict", body);
        var queries = (await JiraTestSite.JsonAsync(response))["queries"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(queries[0]!.AsObject().ContainsKey("errors"));
        Assert.Contains("NOPE", (string?)queries[1]!["warnings"]![0], StringComparison.Ordinal);
        Assert.NotEmpty(queries[2]!["errors"]!.AsArray());
    }

    [Fact]
    public async Task Search_DateLiteral_IsReadInTheSearchingAccountsTimeZone()
    {
        using var t = new JiraTestSite(userZone: "Europe/Berlin");
        // 23:30 UTC on 10 January is already 00:30 on 11 January in Berlin.
        t.Site.AddIssue("OPS", "late", new JsonObject { ["created"] = "2026-01-10T23:30:00.000+0000" });

        var inBerlin = await JiraTestSite.SearchKeysAsync(t.User, "project = OPS AND created >= \"2026-01-11\"");
        var inUtc = await JiraTestSite.SearchKeysAsync(t.Admin, "project = OPS AND created >= \"2026/01/11\"");
        var withTime = await JiraTestSite.SearchKeysAsync(t.User, "project = OPS AND created < \"2026-01-11 00:31\"");

        Assert.Equal(["OPS-1"], inBerlin);
        Assert.Empty(inUtc);
        Assert.Equal(["OPS-1"], withTime);
    }

    [Fact]
    public async Task Search_EpochMillisecondsAndRelativeDates_UseInstantAndSiteClock()
    {
        _t.Site.AddIssue("OPS", "old", new JsonObject { ["updated"] = "2026-02-27T12:00:00.000+0000" });
        var epoch = new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        var afterEpoch = await JiraTestSite.SearchKeysAsync(_t.Admin, $"project = OPS AND updated >= {epoch}");
        var lastDay = await JiraTestSite.SearchKeysAsync(_t.Admin, "project = OPS AND updated >= -1d");
        var lastThreeDays = await JiraTestSite.SearchKeysAsync(_t.Admin, "project = OPS AND updated >= \"-3d\"");
        _t.Time.Advance(TimeSpan.FromDays(2));
        var lastDayLater = await JiraTestSite.SearchKeysAsync(_t.Admin, "project = OPS AND updated >= -1d");

        Assert.Equal(["OPS-1", "OPS-2", "OPS-3"], afterEpoch.Order());
        Assert.Equal(["OPS-1", "OPS-2", "OPS-3"], lastDay.Order());
        Assert.Contains("OPS-4", lastThreeDays);
        Assert.Empty(lastDayLater);
    }

    [Fact]
    public async Task Search_MovedIssue_IsFoundByOldAndNewKey()
    {
        var newKey = _t.Site.MoveIssue("OPS-1", "HR");

        var byOld = await JiraTestSite.SearchKeysAsync(_t.Admin, "key = OPS-1");
        var byNew = await JiraTestSite.SearchKeysAsync(_t.Admin, $"key = {newKey}");

        Assert.Equal("HR-2", newKey);
        Assert.Equal(["HR-2"], byOld);
        Assert.Equal(["HR-2"], byNew);
    }

    private void Add(string project, string summary, JsonObject fields) => _t.Site.AddIssue(project, summary, fields);
}
