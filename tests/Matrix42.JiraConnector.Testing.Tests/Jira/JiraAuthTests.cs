using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>Authentication and permissions behave as on Jira Cloud.</summary>
public sealed class JiraAuthTests : IDisposable
{
    private readonly JiraTestSite _t = new(userZone: "Europe/Berlin");

    public JiraAuthTests() => _t.Site.AddIssue("OPS", "Printer down");

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task Search_Anonymous_Answers200WithNoIssues()
    {
        var keys = await JiraTestSite.SearchKeysAsync(_t.Anonymous, "project = OPS");

        Assert.Empty(keys);
        Assert.Equal(["OPS-1"], await JiraTestSite.SearchKeysAsync(_t.User, "project = OPS"));
    }

    [Fact]
    public async Task GetIssue_Anonymous_Answers404LikeAMissingIssue()
    {
        using var anonymous = await _t.Anonymous.GetAsync("rest/api/3/issue/OPS-1");
        using var missing = await _t.User.GetAsync("rest/api/3/issue/OPS-99");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(
            (string?)(await JiraTestSite.JsonAsync(missing))["errorMessages"]![0],
            (string?)(await JiraTestSite.JsonAsync(anonymous))["errorMessages"]![0]);
    }

    [Theory]
    [InlineData("mia@example.com", "wrong")]
    [InlineData("nobody@example.com", "mia-secret")]
    public async Task AnyCall_WrongCredentials_Answers401WithJiraMessage(string email, string token)
    {
        using var client = _t.Site.CreateClient(email, token);

        using var response = await client.GetAsync("rest/api/3/serverInfo");
        var body = await JiraTestSite.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Client must be authenticated to access this resource.", (string?)body["errorMessages"]![0]);
    }

    [Fact]
    public async Task Myself_SignedIn_ReturnsAccountWithTimeZone()
    {
        var me = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/myself"));

        Assert.Equal(_t.UserId, (string?)me["accountId"]);
        Assert.Equal("Europe/Berlin", (string?)me["timeZone"]);
    }

    [Fact]
    public async Task DeactivatedAccount_CannotSignIn()
    {
        _t.Site.DeactivateUser(_t.UserId);

        using var response = await _t.User.GetAsync("rest/api/3/myself");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateGroupAndUser_NonAdmin_Answers403AndChangesNothing()
    {
        using var group = await _t.User.PostAsJsonAsync("rest/api/3/group", new JsonObject { ["name"] = "esm-agents" });
        using var user = await _t.User.PostAsJsonAsync("rest/api/3/user", new JsonObject
        {
            ["emailAddress"] = "new@example.com",
            ["products"] = new JsonArray("jira-software"),
        });

        Assert.Equal(HttpStatusCode.Forbidden, group.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        Assert.Equal(0, _t.Site.GroupCount);
        Assert.Equal(2, _t.Site.UserCount);
    }

    [Fact]
    public async Task CreateUser_WithoutProducts_Answers400()
    {
        using var response = await _t.Admin.PostAsJsonAsync(
            "rest/api/3/user", new JsonObject { ["emailAddress"] = "new@example.com" });
        var body = await JiraTestSite.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("products", (string?)body["errorMessages"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestrictedProject_OtherAccount_SeesNothingAnd404()
    {
        _t.Site.RestrictProject("OPS", _t.AdminId);

        using var get = await _t.User.GetAsync("rest/api/3/issue/OPS-1");
        var keys = await JiraTestSite.SearchKeysAsync(_t.User, "project = OPS");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Empty(keys);
    }
}
