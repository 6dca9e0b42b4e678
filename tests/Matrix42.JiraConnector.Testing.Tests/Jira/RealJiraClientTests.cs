using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Testing.Generation;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>The product's own Jira client runs against the fake: reads page to the end, writes land.</summary>
public sealed class RealJiraClientTests : IDisposable
{
    private readonly FakeJiraCloud _site = new();
    private readonly JiraGenerationResult _admin;
    private readonly JiraClient _client;

    public RealJiraClientTests()
    {
        _admin = JiraDataGenerator.Populate(_site, JiraDataSize.Small, seed: 5);
        var options = new JiraClientOptions { SiteUrl = _site.SiteUrl, Email = _admin.AdminEmail,
            ApiToken = _admin.AdminToken };
        _client = JiraClientFactory.Create(options, primaryHandler: _site.CreateHandler());
    }

    public void Dispose() => (_client as IDisposable)?.Dispose();

    [Fact]
    public async Task Reads_EveryPagingModel_ReturnEverythingOnce()
    {
        _site.UserPageCap = 40;
        var groupId = _site.FindGroupId("grp-printer-00000")!;

        var issues = await _client.Search.SearchAsync(new JiraSearchRequest
        {
            Jql = "project = OPS ORDER BY key", Fields = ["summary", "updated"], MaxResults = 30,
        }).ToListAsync();
        var users = await _client.Users.GetAllAsync().ToListAsync();
        var groups = await _client.Groups.GetGroupsAsync().ToListAsync();
        var members = await _client.Groups.GetMembersAsync(groupId, includeInactiveUsers: true).ToListAsync();

        Assert.Equal(100, issues.Select(i => i.Key).Distinct().Count());
        Assert.All(issues, i => Assert.NotNull(i.Updated));
        Assert.Equal(_site.UserCount, users.Select(u => u.AccountId).Distinct().Count());
        Assert.Equal(30, groups.Count);
        Assert.Equal(_site.GetMembers(groupId).Order(), members.Select(m => m.AccountId!).Order());
    }

    [Fact]
    public async Task Writes_CreateCommentTransitionAndGroups_AreAppliedToTheSite()
    {
        var created = await _client.Issues.CreateAsync(new JiraIssueCreate
        {
            Fields = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = "OPS" },
                ["issuetype"] = new JsonObject { ["name"] = "Task" },
                ["summary"] = "From the client",
            },
        });
        await _client.Comments.AddAsync(created.Key!, JiraCommentContent.FromText("Line 1\n\nLine 2"));
        var done = (await _client.Issues.GetTransitionsAsync(created.Key!)).Single(t => t.To?.Name == "Done");
        await _client.Issues.TransitionAsync(created.Key!, new JiraTransitionRequest
        {
            TransitionId = done.Id!,
            Fields = new JsonObject { ["resolution"] = new JsonObject { ["name"] = "Done" } },
        });
        var group = await _client.Groups.CreateAsync("client-made");
        await _client.Groups.AddMemberAsync(group.GroupId!, _admin.AdminAccountId);
        var comments = await _client.Comments.GetAllAsync(created.Key!).ToListAsync();
        var issue = _site.GetIssue(created.Key!)!;

        Assert.Single(comments);
        Assert.Equal("Done", (string?)issue["fields"]!["status"]!["name"]);
        Assert.Equal("Done", (string?)issue["fields"]!["resolution"]!["name"]);
        Assert.Equal([_admin.AdminAccountId], _site.GetMembers(group.GroupId!));
    }
}
