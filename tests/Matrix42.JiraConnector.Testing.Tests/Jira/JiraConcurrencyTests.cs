using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>The site stays consistent under concurrent requests and seeding.</summary>
public sealed class JiraConcurrencyTests : IDisposable
{
    private readonly JiraTestSite _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task CreateIssue_ManyInParallel_GivesUniqueKeysAndIds()
    {
        var creates = Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await _t.User.PostAsJsonAsync("rest/api/3/issue", new JsonObject
            {
                ["fields"] = new JsonObject
                {
                    ["project"] = new JsonObject { ["key"] = "OPS" },
                    ["issuetype"] = new JsonObject { ["name"] = "Task" },
                    ["summary"] = $"parallel {i}",
                },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await JiraTestSite.JsonAsync(response);
        });
        var seeding = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                _t.Site.AddUser($"seeded {i}");
            }
        });

        var created = await Task.WhenAll(creates);
        await seeding;

        Assert.Equal(200, created.Select(c => (string)c["key"]!).Distinct().Count());
        Assert.Equal(200, created.Select(c => (string)c["id"]!).Distinct().Count());
        Assert.Equal(200, _t.Site.IssueCount);
        Assert.Equal(202, _t.Site.UserCount);
    }
}
