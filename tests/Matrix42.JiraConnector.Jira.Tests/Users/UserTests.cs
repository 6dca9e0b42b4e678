using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Users;

public sealed class UserTests
{
    [Fact]
    public async Task GetAllAsync_ServerHonoursLessThanAsked_AdvancesByReceivedAndStopsOnlyOnEmpty()
    {
        var stub = Of(JsonBody(Users(0, 3)), JsonBody(Users(3, 2)), JsonBody(Users(4, 2)), JsonBody("[]"));
        using var client = TestClients.Create(stub);

        var users = await client.Users.GetAllAsync().ToListAsync();

        Assert.Equal(["u0", "u1", "u2", "u3", "u4", "u5"], users.Select(u => u.AccountId));
        Assert.Equal(["0", "3", "5", "7"], stub.Requests.Select(r => r.QueryValue("startAt")));
        Assert.All(stub.Requests, r => Assert.Equal("1000", r.QueryValue("maxResults")));
        Assert.All(stub.Requests, r => Assert.Equal("/rest/api/3/users/search", r.Path));
    }

    [Fact]
    public async Task GetAllAsync_HiddenEmailC23_StaysNull()
    {
        var body = """
            [{"accountId":"712020:00000000-0000-4000-8000-0000000a11ce",
              "accountType":"atlassian","displayName":"Alice Example","active":true,"timeZone":"Europe/Berlin"},
             {"accountId":"712020:00000000-0000-4000-8000-00000000b0b0",
              "accountType":"atlassian","emailAddress":"bob@example.com","displayName":"Bob Example","active":true}]
            """;
        using var client = TestClients.Create(Of(JsonBody(body), JsonBody("[]")));

        var users = await client.Users.GetAllAsync().ToListAsync();

        Assert.Null(users[0].EmailAddress);
        Assert.Equal("bob@example.com", users[1].EmailAddress);
    }

    [Fact]
    public async Task GetAllAsync_AccountTypesC24_OnlyAtlassianAccountsArePeople()
    {
        var body = """
            [{"accountId":"712020:00000000-0000-4000-8000-0000000a11ce",
              "accountType":"atlassian","displayName":"Alice Example","active":true},
             {"accountId":"712020:00000000-0000-4000-8000-0000000ca201",
              "accountType":"atlassian","displayName":"Carol Example","active":false},
             {"accountId":"557058:f58131cb-b67d-43c7-b30d-6b58d40bd077",
              "accountType":"app","displayName":"Automation for Jira","active":true},
             {"accountId":"qm:00000000-0000-4000-8000-000000000c01:000000000000000000000c01",
              "accountType":"customer","displayName":"Dana Customer","active":true},
             {"accountId":"712020:00000000-0000-4000-8000-0000000e0e0e",
              "displayName":"Eve NoType","active":true}]
            """;
        using var client = TestClients.Create(Of(JsonBody(body), JsonBody("[]")));

        var people = (await client.Users.GetAllAsync().ToListAsync()).Where(u => u.IsPerson).ToList();

        Assert.Equal(["Alice Example", "Carol Example"], people.Select(p => p.DisplayName));
        Assert.False(people[1].Active);
    }

    [Fact]
    public async Task SearchAsync_QueryWithSpecialCharacters_PercentEncoded()
    {
        var stub = Of(Fixture(Fixtures.F08GetUsers), JsonBody("[]"));
        using var client = TestClients.Create(stub);

        var users = await client.Users.SearchAsync("alice+ops@example.com").ToListAsync();

        Assert.Equal(2, users.Count);
        Assert.Contains("query=alice%2Bops%40example.com", stub.Requests[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_Unknown404_Null()
    {
        using var client = TestClients.Create(Of(JsonBody("""
            {"errorMessages":["not found"]}
            """, HttpStatusCode.NotFound)));

        Assert.Null(await client.Users.GetAsync("nobody"));
    }

    [Fact]
    public async Task CreateAsync_EmailAndProductsOnly()
    {
        var stub = Of(JsonBody("""
            {"accountId":"new",
             "accountType":"atlassian","active":true}
            """, HttpStatusCode.Created));
        using var client = TestClients.Create(stub);

        var request = new JiraUserCreate { EmailAddress = "new@example.com", Products = ["jira-software"] };

        var user = await client.Users.CreateAsync(request);

        Assert.Equal("new", user.AccountId);
        Assert.Equal("""{"emailAddress":"new@example.com","products":["jira-software"]}""", stub.Requests[0].Body);
    }

    [Fact]
    public async Task DeleteAsync_AccountIdInQuery()
    {
        var stub = Of(Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        await client.Users.DeleteAsync("712020:abc");

        Assert.Equal(HttpMethod.Delete, stub.Requests[0].Method);
        Assert.Equal("712020:abc", stub.Requests[0].QueryValue("accountId"));
    }

    private static string Users(int first, int count) =>
        JsonSerializer.Serialize(Enumerable.Range(first, count)
            .Select(i => new { accountId = "u" + i, accountType = "atlassian", active = true }));
}
