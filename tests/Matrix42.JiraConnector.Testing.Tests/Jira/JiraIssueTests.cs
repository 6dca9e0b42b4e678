using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>Issue writes and reads: validation, transitions, bulk calls, properties and moves.</summary>
public sealed class JiraIssueTests : IDisposable
{
    private static readonly JsonObject Adf = new()
    {
        ["type"] = "doc",
        ["version"] = 1,
        ["content"] = new JsonArray(new JsonObject
        {
            ["type"] = "paragraph",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Floor 3" }),
        }),
    };

    private readonly JiraTestSite _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task CreateIssue_Valid_Answers201AndStoresFieldsAndProperties()
    {
        _t.Site.AddCustomField("ESM Reference", "string", fieldId: "customfield_10050");
        var body = new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = "OPS" },
                ["issuetype"] = new JsonObject { ["name"] = "Bug" },
                ["summary"] = "Printer down",
                ["description"] = Adf.DeepClone(),
                ["priority"] = new JsonObject { ["name"] = "High" },
                ["labels"] = new JsonArray("esm-sync"),
                ["customfield_10050"] = "INC-1",
            },
            ["properties"] = new JsonArray(
                new JsonObject { ["key"] = "esm.sync", ["value"] = new JsonObject { ["v"] = 1 } }),
        };

        using var response = await _t.User.PostAsJsonAsync("rest/api/3/issue", body);
        var created = await JiraTestSite.JsonAsync(response);
        var issue = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/issue/OPS-1?properties=esm.sync"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("OPS-1", (string?)created["key"]);
        Assert.Equal("Bug", (string?)issue["fields"]!["issuetype"]!["name"]);
        Assert.Equal("High", (string?)issue["fields"]!["priority"]!["name"]);
        Assert.Equal("INC-1", (string?)issue["fields"]!["customfield_10050"]);
        Assert.True(JsonNode.DeepEquals(Adf, issue["fields"]!["description"]));
        Assert.Equal(_t.UserId, (string?)issue["fields"]!["reporter"]!["accountId"]);
        Assert.Equal(1, (int)issue["properties"]!["esm.sync"]!["v"]!);
    }

    [Theory]
    [InlineData("description", "\"plain text\"", "Atlassian Document")]
    [InlineData("summary", "\"line1\\nline2\"", "newline")]
    [InlineData("customfield_10016", "\"0.5\"", "must be a number")]
    [InlineData("customfield_99999", "1", "cannot be set")]
    public async Task CreateIssue_InvalidField_Answers400WithFieldKeyedError(
        string field, string valueJson, string message)
    {
        _t.Site.AddCustomField("Story points", "number", fieldId: "customfield_10016");
        var fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = "OPS" },
            ["issuetype"] = new JsonObject { ["name"] = "Task" },
            ["summary"] = "x",
            [field] = JsonNode.Parse(valueJson),
        };

        using var response = await _t.User.PostAsJsonAsync("rest/api/3/issue", new JsonObject { ["fields"] = fields });
        var body = await JiraTestSite.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(body["errorMessages"]!.AsArray());
        Assert.Contains(message, (string?)body["errors"]![field], StringComparison.Ordinal);
        Assert.Equal(0, _t.Site.IssueCount);
    }

    [Fact]
    public async Task EditIssue_FieldsAndUpdate_Answers204AndRecordsChangelog()
    {
        _t.Site.AddIssue("OPS", "old", new JsonObject { ["labels"] = new JsonArray("a") });
        var body = new JsonObject
        {
            ["fields"] = new JsonObject { ["summary"] = "new" },
            ["update"] = new JsonObject { ["labels"] = new JsonArray(
                new JsonObject { ["add"] = "b" }, new JsonObject { ["remove"] = "a" }) },
        };

        using var response = await _t.User.PutAsJsonAsync("rest/api/3/issue/OPS-1", body);
        var issue = _t.Site.GetIssue("OPS-1")!;

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("new", (string?)issue["fields"]!["summary"]);
        Assert.Equal(["b"], issue["fields"]!["labels"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(_t.UserId, (string?)issue["changelog"]!["histories"]![0]!["author"]!["accountId"]);
    }

    [Fact]
    public async Task Transition_RequiringResolution_RefusesWithoutAndResolvesWith()
    {
        _t.Site.AddIssue("OPS", "x");
        var list = await JiraTestSite.JsonAsync(await _t.User.GetAsync(
            "rest/api/3/issue/OPS-1/transitions?expand=transitions.fields"));
        var done = list["transitions"]!.AsArray().Single(t => (string?)t!["to"]!["name"] == "Done")!;

        using var without = await _t.User.PostAsJsonAsync("rest/api/3/issue/OPS-1/transitions",
            new JsonObject { ["transition"] = new JsonObject { ["id"] = (string?)done["id"] } });
        using var with = await _t.User.PostAsJsonAsync("rest/api/3/issue/OPS-1/transitions", new JsonObject
        {
            ["transition"] = new JsonObject { ["id"] = (string?)done["id"] },
            ["fields"] = new JsonObject { ["resolution"] = new JsonObject { ["name"] = "Done" } },
        });
        var issue = _t.Site.GetIssue("OPS-1")!;

        Assert.True((bool)done["fields"]!["resolution"]!["required"]!);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, with.StatusCode);
        Assert.Equal("Done", (string?)issue["fields"]!["status"]!["name"]);
        Assert.Equal("Done", (string?)issue["fields"]!["resolution"]!["name"]);
        Assert.NotNull((string?)issue["fields"]!["resolutiondate"]);
    }

    [Fact]
    public async Task BulkCreate_OneBadElement_Creates201WithErrorForTheBadOne()
    {
        var good = new JsonObject { ["fields"] = new JsonObject { ["project"] = new JsonObject { ["key"] = "OPS" },
            ["issuetype"] = new JsonObject { ["name"] = "Task" }, ["summary"] = "ok" } };
        var bad = new JsonObject { ["fields"] = new JsonObject { ["project"] = new JsonObject { ["key"] = "OPS" },
            ["issuetype"] = new JsonObject { ["name"] = "Task" } } };

        using var response = await _t.User.PostAsJsonAsync(
            "rest/api/3/issue/bulk", new JsonObject { ["issueUpdates"] = new JsonArray(good, bad) });
        var body = await JiraTestSite.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(body["issues"]!.AsArray());
        Assert.Equal(1, (int)body["errors"]![0]!["failedElementNumber"]!);
        Assert.NotNull((string?)body["errors"]![0]!["elementErrors"]!["errors"]!["summary"]);
    }

    [Fact]
    public async Task BulkFetch_MixedIds_ReturnsAscendingIdsAndIssueErrors()
    {
        _t.Site.AddIssue("OPS", "a");
        _t.Site.AddIssue("OPS", "b");

        var body = await JiraTestSite.JsonAsync(await _t.User.PostAsJsonAsync("rest/api/3/issue/bulkfetch",
            new JsonObject { ["issueIdsOrKeys"] = new JsonArray("OPS-2", "10000", "OPS-9"), ["fields"] = new JsonArray(
                "summary") }));

        Assert.Equal(["10000", "10001"], body["issues"]!.AsArray().Select(i => (string)i!["id"]!));
        Assert.Equal("OPS-9", (string?)body["issueErrors"]![0]!["id"]);
    }

    [Fact]
    public async Task PutProperty_NewThenExisting_Answers201Then200()
    {
        _t.Site.AddIssue("OPS", "a");
        using var content1 = new StringContent("{\"v\":1}", Encoding.UTF8, "application/json");
        using var content2 = new StringContent("{\"v\":2}", Encoding.UTF8, "application/json");

        using var first = await _t.User.PutAsync("rest/api/3/issue/OPS-1/properties/esm.sync", content1);
        using var second = await _t.User.PutAsync("rest/api/3/issue/OPS-1/properties/esm.sync", content2);
        var read = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/issue/OPS-1/properties/esm.sync"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (int)read["value"]!["v"]!);
    }

    [Fact]
    public async Task GetIssue_AfterMove_ReturnsCurrentKeyAndSameId()
    {
        _t.Site.AddProject("HR", "People");
        _t.Site.AddIssue("OPS", "moving");

        var newKey = _t.Site.MoveIssue("OPS-1", "HR");
        var issue = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/issue/OPS-1"));

        Assert.Equal("HR-1", newKey);
        Assert.Equal("HR-1", (string?)issue["key"]);
        Assert.Equal("10000", (string?)issue["id"]);
    }

    [Fact]
    public async Task Comment_HiddenEmailAndGroupVisibility_AreRenderedLikeJira()
    {
        var hidden = _t.Site.AddUser("Alice", "alice@example.com", emailVisible: false);
        var group = _t.Site.AddGroup("agents");
        _t.Site.AddIssue("OPS", "x");
        _t.Site.AddComment("OPS-1", "public", hidden);
        _t.Site.AddComment("OPS-1", "internal", hidden, visibilityGroup: "agents", jsdPublic: false);

        var before = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/issue/OPS-1/comment"));
        _t.Site.AddMember(group, _t.UserId);
        var after = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/issue/OPS-1/comment"));

        Assert.Equal(1, (int)before["total"]!);
        Assert.False(before["comments"]![0]!["author"]!.AsObject().ContainsKey("emailAddress"));
        Assert.Equal(2, (int)after["total"]!);
        Assert.False((bool)after["comments"]![1]!["jsdPublic"]!);
        Assert.Equal("group", (string?)after["comments"]![1]!["visibility"]!["type"]);
    }
}
