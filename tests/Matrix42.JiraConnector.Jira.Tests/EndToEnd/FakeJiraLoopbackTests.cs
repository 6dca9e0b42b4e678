using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Jira.Tests.EndToEnd;

/// <summary>
/// The client against the SDK's fake Jira Cloud over a real loopback socket: the whole pipeline (plain http
/// allowed for loopback only, Basic auth, paging, writes) end to end.
/// </summary>
public sealed class FakeJiraLoopbackTests : IAsyncLifetime
{
    private const string Email = "sync@acme.example";
    private const string Token = "loopback-token";
    private readonly FakeJiraCloud _jira = new();
    private Matrix42.JiraConnector.Testing.Http.LoopbackServer? _server;
    private JiraClient? _client;

    private JiraClient Client => _client!;

    public Task InitializeAsync()
    {
        _jira.AddAccount(Email, Token, isAdmin: true, timeZone: "Europe/Berlin");
        _jira.AddProject("OPS", "Operations");
        _server = _jira.StartLoopback();
        _client = JiraClientFactory.Create(new JiraClientOptions
        {
            SiteUrl = _server.BaseAddress,
            AllowInsecureLoopback = true,
            Email = Email,
            ApiToken = Token,
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Search_250Issues_AllPagesEachIssueOnce()
    {
        for (var i = 0; i < 250; i++)
        {
            _jira.AddIssue("OPS", "Issue " + i);
        }

        var issues = await Client.Search.SearchAsync(new JiraSearchRequest
        {
            Jql = "project = OPS ORDER BY key",
            Fields = ["summary", "updated"],
            MaxResults = 100,
        }).ToListAsync();

        Assert.Equal(250, issues.Select(i => i.Key).Distinct().Count());
        Assert.All(issues, i => Assert.NotNull(i.Updated));
        Assert.Equal(250, (await Client.Search.SearchStampsAsync("project = OPS").ToListAsync()).Count);
    }

    [Fact]
    public async Task Myself_ThroughLoopback_ReturnsAccountTimeZone()
    {
        var result = await Client.Connection.TestConnectionAsync();

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Europe/Berlin", result.TimeZone);
    }

    [Fact]
    public async Task CreateCommentAndReadBack_RoundTripsAdfText()
    {
        var created = await Client.Issues.CreateAsync(new JiraIssueCreate
        {
            Fields = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = "OPS" },
                ["issuetype"] = new JsonObject { ["name"] = "Task" },
                ["summary"] = JiraSummary.Normalize("Printer on floor 3\r\nnot working"),
                ["description"] = null,
            },
        });

        var note = JiraCommentContent.FromText("Replaced toner\n\nTested <ok> & done");
        await Client.Comments.AddAsync(created.Key!, note);
        var comments = await Client.Comments.GetAllAsync(created.Key!).ToListAsync();
        var issue = await Client.Issues.GetAsync(created.Key!, ["summary"]);

        Assert.Equal("Printer on floor 3 not working", issue.Summary);
        Assert.Equal("Replaced toner\n\nTested <ok> & done", Assert.Single(comments).BodyText);
    }

    [Fact]
    public async Task GroupMembership_ByGroupIdAndAccountId_RoundTrips()
    {
        var member = _jira.AddUser("Alice Example", "alice@example.com");
        var group = await Client.Groups.CreateAsync("Dev & QA");

        await Client.Groups.AddMemberAsync(group.GroupId!, member);
        var members = await Client.Groups.GetMembersAsync(group.GroupId!).ToListAsync();
        var found = await Client.Groups.GetGroupsAsync(new JiraGroupQuery { GroupNames = ["Dev & QA"] }).ToListAsync();

        Assert.Equal(member, Assert.Single(members).AccountId);
        Assert.Equal(group.GroupId, Assert.Single(found).GroupId);
    }

    [Fact]
    public async Task WrongToken_InvalidCredentials()
    {
        using var client = JiraClientFactory.Create(new JiraClientOptions
        {
            SiteUrl = _server!.BaseAddress,
            AllowInsecureLoopback = true,
            Email = Email,
            ApiToken = "wrong",
        });

        var result = await client.Connection.TestConnectionAsync();

        Assert.Equal(JiraConnectionOutcome.InvalidCredentials, result.Outcome);
    }
}
