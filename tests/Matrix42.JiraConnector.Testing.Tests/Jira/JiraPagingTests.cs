using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>Each paging model as Jira serves it: cursor, offset envelope, bare array and comment envelope.</summary>
public sealed class JiraPagingTests : IDisposable
{
    private readonly JiraTestSite _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task Search_CursorPaging_ReturnsEveryIssueOnceAndEndsWithoutToken()
    {
        AddIssues(7);
        var pages = new List<JsonNode>();
        string? token = null;
        do
        {
            var body = new JsonObject { ["jql"] = "project = OPS ORDER BY key", ["maxResults"] = 3,
                ["fields"] = new JsonArray("summary") };
            if (token is not null)
            {
                body["nextPageToken"] = token;
            }

            var page = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync("rest/api/3/search/jql", body));
            pages.Add(page);
            token = (string?)page["nextPageToken"];
        }
        while (token is not null);

        var keys = pages.SelectMany(p => p["issues"]!.AsArray()).Select(i => (string)i!["key"]!).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"OPS-{n}"), keys);
        Assert.True((bool)pages[^1]["isLast"]!);
        Assert.False(pages[^1].AsObject().ContainsKey("nextPageToken"));
        Assert.All(pages, p => Assert.False(p.AsObject().ContainsKey("total")));
    }

    [Fact]
    public async Task Search_WithoutFields_ReturnsIdsOnly()
    {
        AddIssues(1);

        var page = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync(
            "rest/api/3/search/jql", new JsonObject { ["jql"] = "project = OPS" }));
        var issue = page["issues"]![0]!.AsObject();

        Assert.Equal("10000", (string?)issue["id"]);
        Assert.False(issue.ContainsKey("fields"));
    }

    [Fact]
    public async Task Search_ExpandNames_ReportsNamesOnceForThePage()
    {
        AddIssues(2);

        var page = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync("rest/api/3/search/jql", new JsonObject
        {
            ["jql"] = "project = OPS", ["fields"] = new JsonArray("summary"), ["expand"] = "names,changelog",
        }));

        Assert.Equal("Summary", (string?)page["names"]!["summary"]);
        Assert.All(page["issues"]!.AsArray(), i => Assert.False(i!.AsObject().ContainsKey("names")));
        Assert.All(page["issues"]!.AsArray(), i => Assert.NotNull(i!["changelog"]));
    }

    [Fact]
    public async Task Search_PageSize_IsCappedLowerWithFieldsThanForIdsOnly()
    {
        _t.Site.SearchPageCap = 4;
        _t.Site.SearchPageCapIdsOnly = 6;
        AddIssues(10);

        var withFields = await CountFirstPageAsync(new JsonArray("summary"));
        var idsOnly = await CountFirstPageAsync(new JsonArray("id"));

        Assert.Equal(4, withFields);
        Assert.Equal(6, idsOnly);
    }

    [Fact]
    public async Task Search_TokenFromAnotherQuery_Answers400()
    {
        AddIssues(3);
        var first = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync("rest/api/3/search/jql",
            new JsonObject { ["jql"] = "project = OPS", ["maxResults"] = 1 }));

        using var response = await _t.Admin.PostAsJsonAsync("rest/api/3/search/jql",
            new JsonObject { ["jql"] = "project = OPS AND labels is EMPTY", ["nextPageToken"] = (
                string?)first["nextPageToken"] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OldSearch_AnyVersion_Answers410WithMigrationMessage()
    {
        foreach (var version in new[] { "2", "3" })
        {
            using var response = await _t.Admin.GetAsync($"rest/api/{version}/search?jql=project%3DOPS");
            var body = await JiraTestSite.JsonAsync(response);

            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains("/rest/api/3/search/jql", (string?)body["errorMessages"]![0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Users_AskingMoreThanTheCap_GetsTheCapAndPagesUntilEmpty()
    {
        _t.Site.UserPageCap = 100;
        for (var i = 0; i < 248; i++)
        {
            _t.Site.AddUser($"u{i}", accountType: i % 50 == 0 ? "app" : "atlassian", active: i % 30 != 0);
        }

        var sizes = new List<int>();
        var ids = new List<string>();
        for (var startAt = 0; ; startAt += sizes[^1])
        {
            var page = (await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
                $"rest/api/3/users/search?startAt={startAt}&maxResults=1000"))).AsArray();
            sizes.Add(page.Count);
            ids.AddRange(page.Select(u => (string)u!["accountId"]!));
            if (page.Count == 0)
            {
                break;
            }
        }

        Assert.Equal([100, 100, 50, 0], sizes);
        Assert.Equal(250, ids.Distinct().Count());
    }

    [Fact]
    public async Task Comments_OffsetEnvelope_CarriesTotalAndOrders()
    {
        AddIssues(1);
        for (var i = 0; i < 120; i++)
        {
            _t.Time.Advance(TimeSpan.FromMinutes(1));
            _t.Site.AddComment("OPS-1", $"c{i}");
        }

        var first = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            "rest/api/3/issue/OPS-1/comment?startAt=0&maxResults=500"));
        var second = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            "rest/api/3/issue/OPS-1/comment?startAt=100&maxResults=100"));
        var newest = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            "rest/api/3/issue/OPS-1/comment?orderBy=-created&maxResults=1"));
        using var bad = await _t.Admin.GetAsync("rest/api/3/issue/OPS-1/comment?orderBy=updated");

        Assert.Equal(120, (int)first["total"]!);
        Assert.Equal(100, first["comments"]!.AsArray().Count);
        Assert.Equal(20, second["comments"]!.AsArray().Count);
        Assert.Equal("10119", (string?)newest["comments"]![0]!["id"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Changelog_PageBean_ListsChangesOldestFirst()
    {
        AddIssues(1);
        _t.Site.EditIssue("OPS-1", new JsonObject { ["summary"] = "second" });
        _t.Site.EditIssue("OPS-1", new JsonObject { ["summary"] = "third" });

        var page = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            "rest/api/3/issue/OPS-1/changelog?maxResults=1&startAt=1"));

        Assert.Equal(2, (int)page["total"]!);
        Assert.True((bool)page["isLast"]!);
        Assert.Equal("third", (string?)page["values"]![0]!["items"]![0]!["toString"]);
    }

    private async Task<int> CountFirstPageAsync(JsonArray fields)
    {
        var page = await JiraTestSite.JsonAsync(await _t.Admin.PostAsJsonAsync("rest/api/3/search/jql",
            new JsonObject { ["jql"] = "project = OPS", ["maxResults"] = 1000, ["fields"] = fields }));
        return page["issues"]!.AsArray().Count;
    }

    private void AddIssues(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _t.Site.AddIssue("OPS", $"issue {i}");
        }
    }
}
