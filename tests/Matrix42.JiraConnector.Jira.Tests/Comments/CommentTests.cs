using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Comments;

public sealed class CommentTests
{
    [Fact]
    public async Task GetAllAsync_120CommentsC11_PagedUntilTotalInCreatedOrder()
    {
        var stub = Of(
            JsonBody(CommentPage(0, 100, 120, 10101)),
            JsonBody(CommentPage(100, 20, 120, 10201)),
            JsonBody(CommentPage(120, 0, 120, 0)));
        using var client = TestClients.Create(stub);

        var comments = await client.Comments.GetAllAsync("ACME-11").ToListAsync();

        Assert.Equal(120, comments.Select(c => c.Id).Distinct().Count());
        Assert.Equal("10101", comments[0].Id);
        Assert.Equal("10220", comments[^1].Id);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(["0", "100"], stub.Requests.Select(r => r.QueryValue("startAt")));
        Assert.All(stub.Requests, r =>
        {
            Assert.Equal("/rest/api/3/issue/ACME-11/comment", r.Path);
            Assert.Equal("created", r.QueryValue("orderBy"));
            Assert.Equal("100", r.QueryValue("maxResults"));
        });
    }

    [Fact]
    public async Task GetAllAsync_ServerClampsPageSize_AdvancesByWhatArrived()
    {
        var stub = Of(JsonBody(CommentPage(0, 30, 50, 1)), JsonBody(CommentPage(30, 20, 50, 31)));
        using var client = TestClients.Create(stub);

        var comments = await client.Comments.GetAllAsync("ACME-11").ToListAsync();

        Assert.Equal(50, comments.Count);
        Assert.Equal("30", stub.Requests[1].QueryValue("startAt"));
    }

    [Fact]
    public async Task GetAllAsync_DuplicatedIdsF04_OneCommentWithRoleRestrictionKept()
    {
        using var client = TestClients.Create(Of(Fixture(Fixtures.F04Comments)));

        var comment = Assert.Single(await client.Comments.GetAllAsync("KP-2").ToListAsync());

        Assert.Equal("10000", comment.Id);
        Assert.Equal("role", comment.Visibility?.Type);
        Assert.Equal("Administrators", comment.Visibility?.Value);
        Assert.False(string.IsNullOrEmpty(comment.BodyText));
    }

    [Fact]
    public async Task GetAllAsync_EmptyPageBeforeTotal_Stops()
    {
        var stub = Of(JsonBody(CommentPage(0, 2, 10, 1)), JsonBody(CommentPage(2, 0, 10, 0)));
        using var client = TestClients.Create(stub);

        var comments = await client.Comments.GetAllAsync("ACME-1").ToListAsync();

        Assert.Equal(2, comments.Count);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Theory]
    [InlineData(Fixtures.F23Comments, "5fc9e78d2730d800760becc4")]
    [InlineData(Fixtures.F25ServerComments, "admin")]
    public async Task GetAllAsync_AuthorIdentityC27_AccountIdOrServerName(string fixture, string authorId)
    {
        using var client = TestClients.Create(Of(Fixture(fixture)));

        var comments = await client.Comments.GetAllAsync("ACME-27").ToListAsync();

        Assert.NotEmpty(comments);
        Assert.All(comments, c => Assert.Equal(authorId, c.Author?.Id));
    }

    [Fact]
    public async Task AddAsync_TextC16_BodyIsAdfObjectWithoutEscapingOrEmptyText()
    {
        var stub = Of(JsonBody("""{"id":"10200"}""", HttpStatusCode.Created));
        using var client = TestClients.Create(stub);

        var content = JiraCommentContent.FromText("Line 1\n\nLine 2 <b>&</b>");

        var comment = await client.Comments.AddAsync("ACME-16", content);

        Assert.Equal("10200", comment.Id);
        Assert.Equal(Fixtures.Compact(
            """
                {"body":{"type":"doc","version":1,"content":[
                {"type":"paragraph","content":[{"type":"text","text":"Line 1"}]},
                {"type":"paragraph","content":[{"type":"text","text":"Line 2 <b>&</b>"}]}]}}
                """),
            stub.Requests[0].Body);
        Assert.Equal("/rest/api/3/issue/ACME-16/comment", stub.Requests[0].Path);
    }

    [Fact]
    public async Task AddAsync_InternalJsmCommentWithVisibility_PropertiesAndVisibilitySent()
    {
        var stub = Of(JsonBody("""
            {"id":"1","jsdPublic":false,"visibility":{"type":"group","identifier":"g-1","value":"agents"}}
            """,
            HttpStatusCode.Created));
        using var client = TestClients.Create(stub);
        var content = JiraCommentContent.FromText("x") with
        {
            Visibility = new JiraVisibility { Type = "group", Identifier = "g-1" },
            Properties =
            [
                new JiraEntityProperty
                {
                    Key = "sd.public.comment",
                    Value = new System.Text.Json.Nodes.JsonObject { ["internal"] = true },
                },
            ],
        };

        var comment = await client.Comments.AddAsync("ACME-1", content);

        var body = stub.Requests[0].Json;
        Assert.Equal("g-1", body.GetProperty("visibility").GetProperty("identifier").GetString());
        Assert.True(body.GetProperty("properties")[0].GetProperty("value").GetProperty("internal").GetBoolean());
        Assert.False(comment.JsdPublic);
    }

    [Fact]
    public async Task UpdateAndDelete_UseCommentPathAndNotifyFlag()
    {
        var stub = Of(JsonBody("""{"id":"5"}"""), Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        await client.Comments.UpdateAsync("ACME-1", "5", JiraCommentContent.FromText("new"), notifyUsers: false);
        await client.Comments.DeleteAsync("ACME-1", "5");

        Assert.Equal(HttpMethod.Put, stub.Requests[0].Method);
        Assert.Equal("false", stub.Requests[0].QueryValue("notifyUsers"));
        Assert.Equal(HttpMethod.Delete, stub.Requests[1].Method);
        Assert.Equal("/rest/api/3/issue/ACME-1/comment/5", stub.Requests[1].Path);
    }

    private static string CommentPage(int startAt, int count, int total, int firstId)
    {
        var comments = Enumerable.Range(firstId, count).Select(id => new Dictionary<string, object>
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["created"] = "2024-01-01T00:00:00.000+0000",
            ["body"] = new { type = "doc", version = 1, content = Array.Empty<object>() },
        });
        return JsonSerializer.Serialize(new { startAt, maxResults = 100, total, comments });
    }
}
