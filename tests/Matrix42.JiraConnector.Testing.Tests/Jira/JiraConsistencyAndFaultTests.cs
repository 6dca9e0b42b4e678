using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>Eventual consistency of search, burst rate limits and fault plans through the fake Jira.</summary>
public sealed class JiraConsistencyAndFaultTests : IDisposable
{
    private readonly JiraTestSite _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task Search_EventualConsistency_HidesNewIssueUntilReconciledOrIndexed()
    {
        _t.Site.SearchIndexDelay = TimeSpan.FromSeconds(5);
        var created = await JiraTestSite.JsonAsync(await _t.User.PostAsJsonAsync("rest/api/3/issue", new JsonObject
        {
            ["fields"] = new JsonObject { ["project"] = new JsonObject { ["key"] = "OPS" },
                ["issuetype"] = new JsonObject { ["id"] = "10001" }, ["summary"] = "fresh" },
        }));
        var id = long.Parse((string)created["id"]!);

        var plain = await JiraTestSite.SearchKeysAsync(_t.User, "project = OPS");
        var reconciled = await JiraTestSite.JsonAsync(await _t.User.PostAsJsonAsync("rest/api/3/search/jql",
            new JsonObject { ["jql"] = "project = OPS", ["reconcileIssues"] = new JsonArray(id) }));
        using var direct = await _t.User.GetAsync("rest/api/3/issue/OPS-1");
        _t.Time.Advance(TimeSpan.FromSeconds(6));
        var later = await JiraTestSite.SearchKeysAsync(_t.User, "project = OPS");

        Assert.Empty(plain);
        Assert.Single(reconciled["issues"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(["OPS-1"], later);
    }

    [Fact]
    public async Task Search_EventualConsistency_ShowsTheOldVersionOfAnEditedIssueUntilIndexed()
    {
        _t.Site.AddIssue("OPS", "before", new JsonObject { ["labels"] = new JsonArray("old") });
        _t.Site.SearchIndexDelay = TimeSpan.FromSeconds(5);

        using var edit = await _t.User.PutAsJsonAsync("rest/api/3/issue/OPS-1", new JsonObject
        {
            ["fields"] = new JsonObject { ["summary"] = "after", ["labels"] = new JsonArray("new") },
        });
        var byNewValue = await JiraTestSite.SearchKeysAsync(_t.User, "labels = new");
        var stale = await JiraTestSite.JsonAsync(await _t.User.PostAsJsonAsync("rest/api/3/search/jql",
            new JsonObject { ["jql"] = "labels = old", ["fields"] = new JsonArray("summary") }));
        _t.Time.Advance(TimeSpan.FromSeconds(5));
        var later = await JiraTestSite.SearchKeysAsync(_t.User, "labels = new");

        Assert.Equal(HttpStatusCode.NoContent, edit.StatusCode);
        Assert.Empty(byNewValue);
        Assert.Equal("before", (string?)stale["issues"]![0]!["fields"]!["summary"]);
        Assert.Equal(["OPS-1"], later);
    }

    [Fact]
    public async Task Directory_EventualConsistency_HidesNewUserFromSearchUntilListed()
    {
        _t.Site.DirectoryIndexDelay = TimeSpan.FromSeconds(10);
        var created = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync("rest/api/3/user", new JsonObject
        {
            ["emailAddress"] = "new@example.com", ["products"] = new JsonArray("jira-software"),
        }));
        var accountId = (string)created["accountId"]!;

        const string search = "rest/api/3/user/search?query=new@example.com";
        var early = await JiraTestSite.JsonAsync(await _t.User.GetAsync(search));
        using var byId = await _t.User.GetAsync($"rest/api/3/user?accountId={accountId}");
        var again = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync("rest/api/3/user", new JsonObject
        {
            ["emailAddress"] = "new@example.com", ["products"] = new JsonArray("jira-software"),
        }));
        _t.Time.Advance(TimeSpan.FromSeconds(10));
        var later = await JiraTestSite.JsonAsync(await _t.User.GetAsync(search));

        Assert.Empty(early.AsArray());
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(accountId, (string?)again["accountId"]);
        Assert.Equal(accountId, (string?)Assert.Single(later.AsArray())!["accountId"]);
    }

    [Fact]
    public async Task Directory_EventualConsistency_HidesNewGroupFromListsButNotFromCreate()
    {
        _t.Site.DirectoryIndexDelay = TimeSpan.FromSeconds(10);
        using var created = await _t.Admin.PostAsJsonAsync("rest/api/3/group", new JsonObject { ["name"] = "fresh" });

        var early = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/group/bulk?groupName=fresh"));
        var picker = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/groups/picker?query=fresh"));
        using var twice = await _t.Admin.PostAsJsonAsync("rest/api/3/group", new JsonObject { ["name"] = "fresh" });
        _t.Time.Advance(TimeSpan.FromSeconds(10));
        var later = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/group/bulk?groupName=fresh"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Empty(early["values"]!.AsArray());
        Assert.Equal(0, (int)picker["total"]!);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("fresh", (string?)Assert.Single(later["values"]!.AsArray())!["name"]);
    }

    [Fact]
    public async Task BurstLimit_PastLimit_Answers429WithRetryAfterAndReasonUntilWindowEnds()
    {
        _t.Site.SetBurstLimit("GET /rest/api/3/myself", 2, TimeSpan.FromSeconds(10));

        using var one = await _t.User.GetAsync("rest/api/3/myself");
        using var two = await _t.User.GetAsync("rest/api/3/myself");
        using var three = await _t.User.GetAsync("rest/api/3/myself");
        using var other = await _t.User.GetAsync("rest/api/3/serverInfo");
        _t.Time.Advance(TimeSpan.FromSeconds(10));
        using var four = await _t.User.GetAsync("rest/api/3/myself");

        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, three.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), three.Headers.RetryAfter?.Delta);
        Assert.Equal("jira-burst-based", three.Headers.GetValues("RateLimit-Reason").Single());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, four.StatusCode);
    }

    [Fact]
    public async Task FaultPlan_ServiceUnavailableOnSearch_FailsOnceThenServesAndIsLogged()
    {
        _t.Site.AddIssue("OPS", "x");
        _t.Site.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServiceUnavailable,
            PathPattern = "/rest/api/3/search/jql",
            RetryAfter = TimeSpan.FromSeconds(2),
            MaxCount = 1,
        });

        var first = await Assert.ThrowsAsync<JiraSearchFailed>(() =>
            JiraTestSite.SearchKeysAsync(_t.User, "project = OPS"));
        var second = await JiraTestSite.SearchKeysAsync(_t.User, "project = OPS");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal(["OPS-1"], second);
        Assert.Equal(2, _t.Site.Log.CountOf("POST /rest/api/3/search/jql"));
    }

    [Fact]
    public async Task FaultPlan_ResponseLostOnCreate_AppliesTheWriteButTheClientSeesAFailure()
    {
        _t.Site.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/issue", "POST", maxCount: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => _t.User.PostAsJsonAsync("rest/api/3/issue", new JsonObject
        {
            ["fields"] = new JsonObject { ["project"] = new JsonObject { ["key"] = "OPS" },
                ["issuetype"] = new JsonObject { ["id"] = "10001" }, ["summary"] = "lost" },
        }));

        Assert.Equal(1, _t.Site.IssueCount);
        Assert.Equal(FaultKind.ResponseLost, _t.Site.Log.Entries.Single().Fault);
    }

    [Fact]
    public async Task Loopback_RealSocket_ServesTheSameSite()
    {
        _t.Site.AddIssue("OPS", "over the wire");
        await using var server = _t.Site.StartLoopback();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = _t.User.DefaultRequestHeaders.Authorization;

        var issue = await JiraTestSite.JsonAsync(await client.GetAsync("rest/api/3/issue/OPS-1?fields=summary"));

        Assert.Equal("over the wire", (string?)issue["fields"]!["summary"]);
        Assert.StartsWith($"http://127.0.0.1:{server.Port}/rest/api/3/issue/", (
            string?)issue["self"], StringComparison.Ordinal);
    }
}
