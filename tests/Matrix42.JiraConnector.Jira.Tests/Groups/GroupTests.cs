using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Groups;

public sealed class GroupTests
{
    private const string GroupId = "276f955c-63d7-42c8-9520-92d01dca0625";

    [Fact]
    public async Task GetMembersAsync_120MembersC31_AllOnceFollowingIsLast()
    {
        var stub = Of(
            JsonBody(Members(0, 50, false)), JsonBody(Members(50, 50, false)), JsonBody(Members(100, 20, true)));
        using var client = TestClients.Create(stub);

        var members = await client.Groups.GetMembersAsync(GroupId, includeInactiveUsers: true).ToListAsync();

        Assert.Equal(120, members.Select(m => m.AccountId).Distinct().Count());
        Assert.Equal(["0", "50", "100"], stub.Requests.Select(r => r.QueryValue("startAt")));
        Assert.All(stub.Requests, r =>
        {
            Assert.Equal(GroupId, r.QueryValue("groupId"));
            Assert.Equal("true", r.QueryValue("includeInactiveUsers"));
            Assert.Equal("50", r.QueryValue("maxResults"));
        });
    }

    [Fact]
    public async Task GetMembersAsync_BodyStartAtDisagreesF06_NextOffsetFromRequestPlusReceived()
    {
        var stub = Of(Fixture(Fixtures.F06GroupMembers), JsonBody("""{"values":[],"isLast":true}"""));
        using var client = TestClients.Create(stub);

        var members = await client.Groups.GetMembersAsync(GroupId, includeInactiveUsers: true).ToListAsync();

        Assert.Equal("2", stub.Requests[1].QueryValue("startAt"));
        var will = Assert.Single(members, m => m.DisplayName == "Will");
        Assert.False(will.Active);
    }

    [Theory]
    [InlineData("Dev & QA", "groupName=Dev%20%26%20QA")]
    [InlineData("ops+oncall", "groupName=ops%2Boncall")]
    [InlineData("Équipe Support", "groupName=%C3%89quipe%20Support")]
    public async Task GetGroupsAsync_NamesWithSpecialCharactersC29_PercentEncoded(string name, string expected)
    {
        var stub = Of(Fixture(Fixtures.F05BulkGroups));
        using var client = TestClients.Create(stub);

        var groups = await client.Groups.GetGroupsAsync(new JiraGroupQuery { GroupNames = [name] }).ToListAsync();

        Assert.Equal(2, groups.Count);
        Assert.Contains(expected, stub.Requests[0].Query, StringComparison.Ordinal);
        Assert.Equal(name, stub.Requests[0].QueryValue("groupName"));
    }

    [Fact]
    public async Task AddMemberAsync_ByGroupIdAndAccountIdC28()
    {
        var stub = Of(JsonBody("""{"name":"support-l2","groupId":"x"}""", HttpStatusCode.Created));
        using var client = TestClients.Create(stub);

        await client.Groups.AddMemberAsync(GroupId, "712020:00000000-0000-4000-8000-0000000a11ce");

        var request = stub.Requests[0];
        Assert.Equal("/rest/api/3/group/user", request.Path);
        Assert.Equal("?groupId=" + GroupId, request.Query);
        Assert.Equal("""{"accountId":"712020:00000000-0000-4000-8000-0000000a11ce"}""", request.Body);
    }

    [Fact]
    public async Task AddMemberAsync_Misleading404C28_TypedErrorNamesBothCauses()
    {
        using var client = TestClients.Create(Of(JsonBody(
            """
                {"errorMessages":["Specified user does not exist or you do not have required permissions"],"errors":{}}
                """,
            HttpStatusCode.NotFound)));

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            client.Groups.AddMemberAsync(GroupId, "alice@example.com"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lacks permission", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveMemberAndDelete_QueryValuesEncoded()
    {
        var stub = Of(Status(HttpStatusCode.OK));
        using var client = TestClients.Create(stub);

        await client.Groups.RemoveMemberAsync(GroupId, "qm:1:2");
        await client.Groups.DeleteAsync(GroupId, swapGroupId: "6e87dc72-4f1f-421f-9382-2fee8b652487");

        Assert.Equal("?groupId=" + GroupId + "&accountId=qm%3A1%3A2", stub.Requests[0].Query);
        Assert.Equal("6e87dc72-4f1f-421f-9382-2fee8b652487", stub.Requests[1].QueryValue("swapGroupId"));
    }

    [Fact]
    public async Task CreateAsync_NameInBody()
    {
        var stub = Of(JsonBody("""{"name":"Dev & QA","groupId":"g1"}""", HttpStatusCode.Created));
        using var client = TestClients.Create(stub);

        var group = await client.Groups.CreateAsync("Dev & QA");

        Assert.Equal("g1", group.GroupId);
        Assert.Equal("""{"name":"Dev & QA"}""", stub.Requests[0].Body);
    }

    private static string Members(int first, int count, bool last) => JsonSerializer.Serialize(new
    {
        startAt = first,
        maxResults = 50,
        total = 120,
        isLast = last,
        values = Enumerable.Range(first, count).Select(i => new { accountId = "m" + i, active = i % 7 != 0 }),
    });
}
