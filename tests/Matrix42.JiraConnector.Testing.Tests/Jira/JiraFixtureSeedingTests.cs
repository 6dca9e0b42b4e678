using System.Text.Json.Nodes;
using Matrix42.JiraConnector.TestSupport;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>
/// The real Jira documents in <c>shared/fixtures/jira</c> seed the fake, and what the API then returns
/// carries the same values (round trip).
/// </summary>
public sealed class JiraFixtureSeedingTests : IDisposable
{
    private readonly JiraTestSite _t = new();

    public void Dispose() => _t.Dispose();

    public static TheoryData<string> IssueFiles() => new()
    {
        "ankitpokhrel__jira-cli__pkg_jira_testdata_issue.json",
        "ankitpokhrel__jira-cli__pkg_jira_testdata_issue-2.json",
        "ctreminiom__go-atlassian__jira_v3_mocks_get-issue.json",
        "ctreminiom__go-atlassian__jira_v3_mocks_get-issue-v2.json",
        "airbytehq__airbyte__airbyte-integrations_connectors_source-jira_unit_tests_responses_issues.json",
        "ankitpokhrel__jira-cli__pkg_jira_testdata_search_page1.json",
        "ankitpokhrel__jira-cli__pkg_jira_testdata_search_page2.json",
        "ankitpokhrel__jira-cli__pkg_jira_testdata_search_empty.json",
        "ctreminiom__go-atlassian__jira_v3_mocks_search-issues.json",
        "mattermost__mattermost-plugin-jira__server_testdata_rhs-search-jql-page1.json",
        "mattermost__mattermost-plugin-jira__server_testdata_rhs-search-jql-last.json",
    };

    [Theory]
    [MemberData(nameof(IssueFiles))]
    public async Task SeedIssues_FixtureFile_ApiReturnsTheSameFieldValues(string file)
    {
        var document = Load(file);
        var issues = document["issues"] is JsonArray list ? list.OfType<JsonObject>().ToList() : [document.AsObject()];

        _t.Site.Seed(document.ToJsonString());

        Assert.Equal(issues.Count, _t.Site.IssueCount);
        foreach (var source in issues)
        {
            var key = (string)source["key"]!;
            var served = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync($"rest/api/3/issue/{key}"));
            Assert.Equal(key, (string?)served["key"]);
            if (source["id"] is not null)
            {
                Assert.Equal((string?)source["id"], (string?)served["id"]);
            }

            AssertSameFields(source["fields"] as JsonObject ?? [], served["fields"]!.AsObject(), key);
        }
    }

    [Fact]
    public async Task SeedSearchPages_ThenSearch_FindsEveryIssueInOrder()
    {
        _t.Site.Seed(Load("ankitpokhrel__jira-cli__pkg_jira_testdata_search_page1.json").ToJsonString());
        _t.Site.Seed(Load("ankitpokhrel__jira-cli__pkg_jira_testdata_search_page2.json").ToJsonString());

        var keys = await JiraTestSite.SearchKeysAsync(_t.Admin, "project = TEST ORDER BY key", maxResults: 2);

        Assert.Equal(["TEST-1", "TEST-2", "TEST-3"], keys);
    }

    [Theory]
    [InlineData("ankitpokhrel__jira-cli__pkg_jira_testdata_users.json")]
    [InlineData("ctreminiom__go-atlassian__jira_v3_mocks_get-users.json")]
    [InlineData("ctreminiom__go-atlassian__jira_v3_mocks_find-users.json")]
    [InlineData("ctreminiom__go-atlassian__jira_sm_mocks_create-customer.json")]
    public async Task SeedUsers_FixtureFile_UserEndpointReturnsSameAccounts(string file)
    {
        var document = Load(file);
        var users = document switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject o when o["values"] is JsonArray values => values.OfType<JsonObject>().ToList(),
            _ => [document.AsObject()],
        };

        _t.Site.Seed(document.ToJsonString());

        foreach (var source in users)
        {
            var id = (string)source["accountId"]!;
            var served = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
                $"rest/api/3/user?accountId={Uri.EscapeDataString(id)}"));
            Assert.Equal((string?)source["displayName"], (string?)served["displayName"]);
            Assert.Equal((bool?)source["active"] ?? true, (bool?)served["active"]);
            Assert.Equal(NullIfEmpty((string?)source["emailAddress"]), (string?)served["emailAddress"]);
        }

        Assert.Equal(users.Count + 2, _t.Site.UserCount);
    }

    [Fact]
    public async Task SeedCustomer_QmAccountId_IsACustomerAccount()
    {
        _t.Site.Seed(Load("ctreminiom__go-atlassian__jira_sm_mocks_create-customer.json").ToJsonString());

        var users = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync("rest/api/3/users/search"));

        Assert.Contains(users.AsArray(), u => (string?)u!["accountType"] == "customer");
    }

    [Fact]
    public async Task SeedGroupsAndMembers_FixtureFiles_GroupEndpointsReturnThem()
    {
        _t.Site.Seed(Load("ctreminiom__go-atlassian__jira_v3_mocks_bulk-groups.json").ToJsonString());
        _t.Site.Seed(Load("ctreminiom__go-atlassian__jira_v3_mocks_group-members.json").ToJsonString());

        var groups = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync("rest/api/3/group/bulk"));
        var adminsId = _t.Site.FindGroupId("jira-administrators")!;
        var active = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            $"rest/api/3/group/member?groupId={adminsId}"));
        var all = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            $"rest/api/3/group/member?groupId={adminsId}&includeInactiveUsers=true"));

        Assert.Contains(groups["values"]!.AsArray(), g =>
            (string?)g!["groupId"] == "276f955c-63d7-42c8-9520-92d01dca0625"
            && (string?)g["name"] == "jdog-developers");
        Assert.Equal(["Mia"], active["values"]!.AsArray().Select(u => (string)u!["displayName"]!));
        Assert.Equal(2, (int)all["total"]!);
    }

    [Theory]
    [InlineData(
        "airbytehq__airbyte__airbyte-integrations_connectors_source-jira_unit_tests_responses_issue_comments.json")]
    [InlineData("ctreminiom__go-atlassian__jira_v3_mocks_get-issue-comments.json")]
    [InlineData("sumoheavy__jira-ruby__spec_mock_responses_issue_10002_comment.json")]
    public async Task SeedComments_FixtureFile_CommentEndpointReturnsEachCommentOnce(string file)
    {
        var document = Load(file);
        var sources = document["comments"]!.AsArray().OfType<JsonObject>().DistinctBy(c => (string?)c["id"]).ToList();
        _t.Site.AddIssue("OPS", "target");

        _t.Site.Seed(document.ToJsonString(), "OPS-1");
        var served = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync("rest/api/3/issue/OPS-1/comment"));

        Assert.Equal(sources.Count, (int)served["total"]!);
        foreach (var (source, comment) in sources.Zip(served["comments"]!.AsArray()))
        {
            Assert.Equal((string?)source["id"], (string?)comment!["id"]);
            Assert.True(JsonNode.DeepEquals(source["body"], comment["body"]), $"comment {source["id"]} body differs");
            Assert.Equal((string?)source["visibility"]?["value"], (string?)comment["visibility"]?["value"]);
        }
    }

    [Fact]
    public async Task SeedTransitions_FixtureFile_TransitionsEndpointListsThemWithScreenFields()
    {
        _t.Site.Seed(Load("ctreminiom__go-atlassian__jira_v3_mocks_get-transitions.json").ToJsonString());
        _t.Site.AddIssue("OPS", "x", new JsonObject { ["status"] = new JsonObject { ["name"] = "Done" } });

        var served = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync(
            "rest/api/3/issue/OPS-1/transitions?expand=transitions.fields"));
        var qa = served["transitions"]!.AsArray().Single(t => (string?)t!["id"] == "711")!;

        Assert.Equal("QA Review", (string?)qa["name"]);
        Assert.Equal("Closed", (string?)qa["to"]!["name"]);
        Assert.Equal(["colour", "summary"], qa["fields"]!.AsObject().Select(f => f.Key).Order());
        Assert.Contains(served["transitions"]!.AsArray(), t => (string?)t!["id"] == "2");
    }

    [Fact]
    public void Seed_DocumentOfUnknownShape_ThrowsNamingTheProblem()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            _t.Site.Seed(Load(
                "ctreminiom__go-atlassian__jira_v3_mocks_validate-project-error-message.json").ToJsonString()));

        Assert.Contains("shape", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameFields(JsonObject source, JsonObject served, string key)
    {
        foreach (var (field, value) in source)
        {
            switch (field)
            {
                case "summary" or "labels" or "description" or "duedate" or "environment":
                case var custom when custom.StartsWith("customfield_", StringComparison.Ordinal):
                    Assert.True(JsonNode.DeepEquals(
                        value, served[field]),
                        $"{key}.{field}: {value?.ToJsonString()} != {served[field]?.ToJsonString()}");
                    break;
                case "status" or "issuetype" or "priority" or "resolution":
                    Assert.Equal((string?)value?["name"], (string?)served[field]?["name"]);
                    break;
                case "assignee" or "reporter":
                    Assert.Equal((string?)value?["accountId"] ?? (string?)value?["displayName"],
                        (string?)served[field]?["accountId"] ?? (string?)served[field]?["displayName"]);
                    break;
                case "created" or "updated" when value is not null:
                    Assert.True(JiraTime((string)value!) == JiraTime((string)served[field]!), $"{key}.{field} differs");
                    break;
                default:
                    break;
            }
        }
    }

    private static DateTimeOffset JiraTime(string text) =>
        DateTimeOffset.Parse(text.Insert(text.Length - 2, ":"), System.Globalization.CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(SharedFiles.JiraFixture(file)))!;
}
