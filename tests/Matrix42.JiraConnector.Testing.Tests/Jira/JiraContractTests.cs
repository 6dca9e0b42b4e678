using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Generation;
using Matrix42.JiraConnector.Testing.Jira;
using Matrix42.JiraConnector.TestSupport.OpenApi;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>
/// Every endpoint the fake serves answers, on success and on typical errors, with bodies that validate
/// against the vendored Jira Cloud OpenAPI schemas.
/// </summary>
public sealed class JiraContractTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryServedEndpoint_ResponsesValidateAgainstOpenApi()
    {
        var site = new FakeJiraCloud();
        var admin = JiraDataGenerator.Populate(site, JiraDataSize.Small, seed: 3);
        site.AddCustomField("ESM Reference", "string", fieldId: "customfield_10050");
        var checker = new ContractCheckingHandler(OpenApiContract.Jira, site.CreateHandler()) { CheckRequests = false };
        using var client = new HttpClient(checker) { BaseAddress = site.SiteUrl };
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{admin.AdminEmail}:{admin.AdminToken}")));

        await ExerciseAsync(client);

        foreach (var result in checker.Results)
        {
            output.WriteLine($"{result.Method} {result.Path}: {(result.IsValid ? "ok" : result.ToString())}");
        }

        Assert.True(checker.Results.Count > 60, "too few calls were checked");
        checker.EnsureNoViolations();
    }

    [Fact]
    public async Task Validator_ResponseWithWrongShape_IsReported()
    {
        var site = new FakeJiraCloud();
        site.AddAccount("a@example.com", "t");
        using var client = site.CreateClient("a@example.com", "t");
        var me = (await JiraTestSite.JsonAsync(await client.GetAsync("rest/api/3/myself"))).AsObject();

        var valid = OpenApiContract.Jira.ValidateResponse("GET", "/rest/api/3/myself", 200, me.ToJsonString());
        me["active"] = "yes";
        me["favouriteColour"] = "blue";
        var broken = OpenApiContract.Jira.ValidateResponse("GET", "/rest/api/3/myself", 200, me.ToJsonString());

        Assert.True(valid.IsValid, valid.ToString());
        Assert.False(broken.IsValid);
        Assert.Contains(broken.Problems, p => p.Kind == ContractProblemKind.SchemaViolation);
    }

    private static async Task ExerciseAsync(HttpClient c)
    {
        string[] reads =
        [
            "rest/api/3/serverInfo", "rest/api/3/myself", "rest/api/3/field", "rest/api/3/issuetype",
                "rest/api/3/status",
            "rest/api/3/priority/search", "rest/api/3/resolution/search", "rest/api/3/project/search?maxResults=2",
            "rest/api/3/project/OPS", "rest/api/3/issue/createmeta/OPS/issuetypes",
                "rest/api/3/issue/createmeta/OPS/issuetypes/10001",
            "rest/api/3/users/search?maxResults=5", "rest/api/3/user/search?query=mia",
                "rest/api/3/groups/picker?query=grp",
            "rest/api/3/group/bulk?maxResults=3", "rest/api/3/issue/OPS-1",
                "rest/api/3/issue/OPS-1?expand=names,schema,changelog,transitions",
            "rest/api/3/issue/OPS-1/comment", "rest/api/3/issue/OPS-1/changelog",
                "rest/api/3/issue/OPS-1/transitions?expand=transitions.fields",
            "rest/api/3/issue/OPS-1/editmeta", "rest/api/3/issue/OPS-1/properties", "rest/api/3/issue/OPS-404",
                "rest/api/3/project/NOPE",
            "rest/api/3/search/jql?jql=project%3DOPS&fields=summary,status&maxResults=2",
        ];
        foreach (var path in reads)
        {
            (await c.GetAsync(path)).Dispose();
        }

        var users = (await JiraTestSite.JsonAsync(await c.GetAsync("rest/api/3/users/search?maxResults=3"))).AsArray();
        var accountId = (string)users[2]!["accountId"]!;
        var groups = await JiraTestSite.JsonAsync(await c.GetAsync("rest/api/3/group/bulk?maxResults=1"));
        var groupId = (string)groups["values"]![0]!["groupId"]!;
        foreach (var path in new[]
        {
            $"rest/api/3/user?accountId={Uri.EscapeDataString(accountId)}",
                $"rest/api/3/user/groups?accountId={Uri.EscapeDataString(accountId)}",
            $"rest/api/3/group/member?groupId={groupId}&includeInactiveUsers=true",
                "rest/api/3/group/member?groupId=nope",
            "rest/api/3/user?accountId=nope",
        })
        {
            (await c.GetAsync(path)).Dispose();
        }

        await PostAsync(c, "rest/api/3/search/jql", new JsonObject
        {
            ["jql"] = "project = OPS ORDER BY key", ["fields"] = new JsonArray(
                "*all"), ["expand"] = "names,schema,changelog",
            ["maxResults"] = 3, ["properties"] = new JsonArray("esm.sync"),
        });
        await PostAsync(c, "rest/api/3/search/jql", new JsonObject { ["jql"] = "project = OPS" });
        await PostAsync(c, "rest/api/3/search/jql", new JsonObject { ["jql"] = "summary ~ x" });
        await PostAsync(c, "rest/api/3/search/approximate-count", new JsonObject { ["jql"] = "project = OPS" });
        await PostAsync(c, "rest/api/3/jql/parse?validation=strict", new JsonObject { ["queries"] = new JsonArray(
            "project = OPS", "project = NOPE", "x ~") });
        await PostAsync(c, "rest/api/3/issue/bulkfetch", new JsonObject { ["issueIdsOrKeys"] = new JsonArray(
            "OPS-1", "OPS-999"), ["fields"] = new JsonArray("summary") });

        var fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = "OPS" }, ["issuetype"] = new JsonObject { ["id"] = "10001" },
                ["summary"] = "Contract",
            ["customfield_10050"] = "INC-1",
        };
        var created = await PostAsync(c, "rest/api/3/issue", new JsonObject { ["fields"] = fields });
        var key = (string)created["key"]!;
        await PostAsync(
            c, "rest/api/3/issue", new JsonObject { ["fields"] = new JsonObject { ["summary"] = "no project" } });
        await PostAsync(c, "rest/api/3/issue/bulk", new JsonObject { ["issueUpdates"] = new JsonArray(
            new JsonObject { ["fields"] = fields.DeepClone() }, new JsonObject { ["fields"] = new JsonObject() }) });
        (await c.PutAsJsonAsync(
            $"rest/api/3/issue/{key}",
            new JsonObject { ["fields"] = new JsonObject { ["summary"] = "Edited" } })).Dispose();
        (await c.PutAsJsonAsync(
            $"rest/api/3/issue/{key}?returnIssue=true",
            new JsonObject { ["fields"] = new JsonObject { ["summary"] = "Edited 2" } })).Dispose();
        var comment = await PostAsync(c, $"rest/api/3/issue/{key}/comment", new JsonObject { ["body"] = Adf("hello") });
        (await c.GetAsync($"rest/api/3/issue/{key}/comment/{comment["id"]}")).Dispose();
        (await c.PutAsJsonAsync($"rest/api/3/issue/{key}/comment/{comment["id"]}", new JsonObject { ["body"] = Adf(
            "changed") })).Dispose();
        (await c.DeleteAsync($"rest/api/3/issue/{key}/comment/{comment["id"]}")).Dispose();
        await PostAsync(
            c, $"rest/api/3/issue/{key}/transitions",
            new JsonObject { ["transition"] = new JsonObject { ["id"] = "21" } });
        await PostAsync(
            c, $"rest/api/3/issue/{key}/transitions",
            new JsonObject { ["transition"] = new JsonObject { ["id"] = "31" } });
        using (var value = new StringContent("{\"v\":1}", Encoding.UTF8, "application/json"))
        {
            (await c.PutAsync($"rest/api/3/issue/{key}/properties/esm.sync", value)).Dispose();
        }

        (await c.GetAsync($"rest/api/3/issue/{key}/properties/esm.sync")).Dispose();
        (await c.DeleteAsync($"rest/api/3/issue/{key}/properties/esm.sync")).Dispose();
        (await c.DeleteAsync($"rest/api/3/issue/{key}")).Dispose();

        var group = await PostAsync(c, "rest/api/3/group", new JsonObject { ["name"] = "contract-group" });
        await PostAsync(c, "rest/api/3/group", new JsonObject { ["name"] = "contract-group" });
        var newGroupId = (string)group["groupId"]!;
        await PostAsync(c, $"rest/api/3/group/user?groupId={newGroupId}", new JsonObject { ["accountId"] = accountId });
        await PostAsync(
            c, $"rest/api/3/group/user?groupId={newGroupId}", new JsonObject { ["accountId"] = "someone@example.com" });
        (await c.DeleteAsync(
            $"rest/api/3/group/user?groupId={newGroupId}&accountId={Uri.EscapeDataString(accountId)}")).Dispose();
        (await c.DeleteAsync($"rest/api/3/group?groupId={newGroupId}")).Dispose();
        var user = await PostAsync(
            c, "rest/api/3/user", new JsonObject { ["emailAddress"] = "new.person@example.com",
            ["products"] = new JsonArray("jira-software") });
        await PostAsync(c, "rest/api/3/user", new JsonObject { ["emailAddress"] = "other@example.com" });
        var newAccountId = Uri.EscapeDataString((string)user["accountId"]!);
        (await c.DeleteAsync($"rest/api/3/user?accountId={newAccountId}")).Dispose();
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    private static JsonObject Adf(string text) => new()
    {
        ["type"] = "doc",
        ["version"] = 1,
        ["content"] = new JsonArray(new JsonObject
        {
            ["type"] = "paragraph",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        }),
    };
}
