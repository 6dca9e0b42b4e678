using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>Groups keyed by groupId, unique names, membership writes and member paging.</summary>
public sealed class JiraGroupTests : IDisposable
{
    private readonly JiraTestSite _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task CreateGroup_NameInUseInAnyCase_Answers400()
    {
        using var first = await _t.Admin.PostAsJsonAsync(
            "rest/api/3/group", new JsonObject { ["name"] = "ESM Agents" });
        using var second = await _t.Admin.PostAsJsonAsync(
            "rest/api/3/group", new JsonObject { ["name"] = "esm agents" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.NotNull((string?)(await JiraTestSite.JsonAsync(first))["groupId"]);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(1, _t.Site.GroupCount);
    }

    [Fact]
    public async Task RenameGroup_KeepsIdAndMembers()
    {
        var id = _t.Site.AddGroup("old name");
        _t.Site.AddMember(id, _t.UserId);

        _t.Site.RenameGroup(id, "new name");
        var page = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync($"rest/api/3/group/bulk?groupId={id}"));

        Assert.Equal("new name", (string?)page["values"]![0]!["name"]);
        Assert.Equal([_t.UserId], _t.Site.GetMembers(id));
    }

    [Fact]
    public async Task AddMember_ByEmailInsteadOfAccountId_Answers404WithJiraMessage()
    {
        var id = _t.Site.AddGroup("agents");

        using var response = await _t.Admin.PostAsJsonAsync(
            $"rest/api/3/group/user?groupId={id}", new JsonObject { ["accountId"] = JiraTestSite.UserEmail });
        var body = await JiraTestSite.JsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Specified user does not exist or you do not have required permissions", (
            string?)body["errorMessages"]![0]);
    }

    [Fact]
    public async Task AddAndRemoveMember_ByGroupIdAndAccountId_ChangesMembership()
    {
        var id = _t.Site.AddGroup("Dev & QA");

        using var add = await _t.Admin.PostAsJsonAsync(
            $"rest/api/3/group/user?groupId={id}", new JsonObject { ["accountId"] = _t.UserId });
        var afterAdd = _t.Site.GetMembers(id);
        using var remove = await _t.Admin.DeleteAsync(
            $"rest/api/3/group/user?groupId={id}&accountId={Uri.EscapeDataString(_t.UserId)}");
        using var removeAgain = await _t.Admin.DeleteAsync(
            $"rest/api/3/group/user?groupId={id}&accountId={Uri.EscapeDataString(_t.UserId)}");

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.Equal([_t.UserId], afterAdd);
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Empty(_t.Site.GetMembers(id));
        Assert.Equal(HttpStatusCode.BadRequest, removeAgain.StatusCode);
    }

    [Fact]
    public async Task Members_PagesOf50_ReturnEveryActiveMemberOnceAndInactiveOnlyOnRequest()
    {
        var id = _t.Site.AddGroup("big");
        for (var i = 0; i < 120; i++)
        {
            _t.Site.AddMember(id, _t.Site.AddUser($"User {i:000}", active: i != 7));
        }

        var active = await ReadMembersAsync(id, includeInactive: false);
        var all = await ReadMembersAsync(id, includeInactive: true);

        Assert.Equal(119, active.Distinct().Count());
        Assert.Equal(120, all.Distinct().Count());
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task DeleteGroup_WithSwapGroup_MovesRestrictedCommentsToSwapGroup()
    {
        var doomed = _t.Site.AddGroup("doomed");
        var swap = _t.Site.AddGroup("keeper");
        _t.Site.AddMember(swap, _t.UserId);
        _t.Site.AddIssue("OPS", "x");
        _t.Site.AddComment("OPS-1", "secret", _t.AdminId, visibilityGroup: "doomed");

        using var delete = await _t.Admin.DeleteAsync($"rest/api/3/group?groupId={doomed}&swapGroupId={swap}");
        var comments = await JiraTestSite.JsonAsync(await _t.User.GetAsync("rest/api/3/issue/OPS-1/comment"));

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal("keeper", (string?)comments["comments"]![0]!["visibility"]!["value"]);
    }

    private async Task<List<string>> ReadMembersAsync(string groupId, bool includeInactive)
    {
        var ids = new List<string>();
        var startAt = 0;
        while (true)
        {
            var query = $"groupId={groupId}&includeInactiveUsers={includeInactive}&startAt={startAt}&maxResults=100";
            var page = await JiraTestSite.JsonAsync(await _t.Admin.GetAsync($"rest/api/3/group/member?{query}"));
            var values = page["values"]!.AsArray();
            Assert.True(values.Count <= 50);
            ids.AddRange(values.Select(v => (string)v!["accountId"]!));
            startAt += values.Count;
            if ((bool)page["isLast"]!)
            {
                return ids;
            }
        }
    }
}
