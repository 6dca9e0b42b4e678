using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Search;

public sealed class SearchPagingTests
{
    private static readonly JiraSearchRequest AcmeByKey = new()
    {
        Jql = "project = ACME ORDER BY key",
        MaxResults = 2,
        Fields = ["summary", "status", "updated"],
    };

    [Fact]
    public async Task SearchAsync_TwoPagesC06_FollowsTokenWithoutStartAtAndReturnsEachIssueOnce()
    {
        var stub = Of(Fixture(Fixtures.F12SearchPage1), Fixture(Fixtures.F13SearchPage2));
        using var client = TestClients.Create(stub);

        var keys = (await client.Search.SearchAsync(AcmeByKey).ToListAsync()).Select(i => i.Key).ToList();

        Assert.Equal(["TEST-1", "TEST-2", "TEST-3"], keys);
        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("/rest/api/3/search/jql", r.Path);
            Assert.False(r.Json.TryGetProperty("startAt", out _));
            var fields = r.Json.GetProperty("fields").EnumerateArray().Select(f => f.GetString());
            Assert.Equal(["summary", "status", "updated"], fields);
            Assert.Equal("project = ACME ORDER BY key", r.Json.GetProperty("jql").GetString());
        });
        Assert.False(stub.Requests[0].Json.TryGetProperty("nextPageToken", out _));
        Assert.Equal("token-page-2", stub.Requests[1].Json.GetProperty("nextPageToken").GetString());
    }

    public static TheoryData<string> FinalPages() => new()
    {
        Fixtures.Text(Fixtures.F13SearchPage2),
        Fixtures.Text(Fixtures.F20JqlLast),
        Fixtures.Text(Fixtures.F14SearchEmpty),
        """
            {"issues":[{"id":"10009","key":"ACME-9","fields":{"summary":"Last one"}}],
            "nextPageToken":null,"isLast":true}
            """,
        """
            {"expand":"schema,names","startAt":0,"maxResults":1000,"total":1,"issues":[{"id":"10010","key":"ACME-10",
            "fields":{"summary":"Legacy shaped"}}],"warningMessages":null,"names":null,"schema":null}
            """,
        """{"issues":[{"id":"1","key":"A-1","fields":{}}],"nextPageToken":"","isLast":false}""",
        """{"issues":[{"id":"1","key":"A-1","fields":{}}],"nextPageToken":"still-there","isLast":true}""",
    };

    [Theory]
    [MemberData(nameof(FinalPages))]
    public async Task SearchAsync_FinalPageShapesC07_OneRequestNoLoop(string body)
    {
        var stub = Of(JsonBody(body), JsonBody("""{"issues":[{"id":"99","key":"WRONG-1"}],"isLast":true}"""));
        using var client = TestClients.Create(stub);

        var issues = await client.Search.SearchAsync(AcmeByKey).ToListAsync();

        Assert.Single(stub.Requests);
        Assert.DoesNotContain(issues, i => i.Key == "WRONG-1");
    }

    [Fact]
    public async Task SearchAsync_ServerRepeatsToken_PagingExceptionNotLoop()
    {
        var page = """{"issues":[{"id":"1","key":"A-1"}],"nextPageToken":"same","isLast":false}""";
        var stub = Of(JsonBody(page));
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<JiraPagingException>(() => client.Search.SearchAsync(AcmeByKey).ToListAsync());

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task SearchAsync_EndlessFreshTokens_StopsAtPageCap()
    {
        var counter = 0;
        var stub = Of(_ => JsonBody($$"""{"issues":[{"id":"{{counter}}"}],"nextPageToken":"t{{++counter}}"}""")(null!));
        using var client = TestClients.Create(stub, o => o.MaxPagesPerCall = 5);

        var ex = await Assert.ThrowsAsync<JiraPagingException>(() =>
            client.Search.SearchAsync(AcmeByKey).ToListAsync());

        Assert.Equal(5, stub.Requests.Count);
        Assert.Contains("MaxPagesPerCall", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_EmptyPageWithToken_ContinuesUntilJiraSaysLast()
    {
        var stub = Of(JsonBody("""{"issues":[],"nextPageToken":"t2","isLast":false}"""), Fixture(Fixtures.F20JqlLast));
        using var client = TestClients.Create(stub);

        var issues = await client.Search.SearchAsync(AcmeByKey).ToListAsync();

        Assert.Equal("TES-42", Assert.Single(issues).Key);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchAsync_EmptyJql_RefusedBeforeSending(string jql)
    {
        var stub = Of(Fixture(Fixtures.F14SearchEmpty));
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Search.SearchAsync(AcmeByKey with { Jql = jql }).ToListAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => client.Search.CountApproximatelyAsync(jql));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task SearchAsync_NoFields_RefusedBeforeSending()
    {
        var stub = Of(Fixture(Fixtures.F14SearchEmpty));
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Search.SearchAsync(AcmeByKey with { Fields = [] }).ToListAsync());

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task SearchPagesAsync_ResumeFromToken_FirstRequestCarriesIt()
    {
        var stub = Of(Fixture(Fixtures.F13SearchPage2));
        using var client = TestClients.Create(stub);

        var pages = await client.Search.SearchPagesAsync(AcmeByKey, "token-page-2").ToListAsync();

        Assert.Equal("token-page-2", stub.Requests[0].Json.GetProperty("nextPageToken").GetString());
        Assert.True(Assert.Single(pages).IsLast);
    }

    [Fact]
    public async Task GetPageAsync_FirstPage_ExposesTokenForResume()
    {
        using var client = TestClients.Create(Of(Fixture(Fixtures.F19JqlPage1)));

        var page = await client.Search.GetPageAsync(AcmeByKey);

        Assert.Equal("opaque-token-page-2", page.NextPageToken);
        Assert.False(page.IsLast);
    }

    [Fact]
    public async Task GetPageAsync_OptionalParts_SentAsTheEndpointExpects()
    {
        var stub = Of(Fixture(Fixtures.F14SearchEmpty));
        using var client = TestClients.Create(stub);

        await client.Search.GetPageAsync(AcmeByKey with
        {
            Expand = ["names", "schema"],
            ReconcileIssues = [10042, 10043],
            Properties = ["esm.sync"],
        });

        var body = stub.Requests[0].Json;
        Assert.Equal("names,schema", body.GetProperty("expand").GetString());
        Assert.Equal([10042L, 10043L], body.GetProperty("reconcileIssues").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(2, body.GetProperty("maxResults").GetInt32());
    }

    [Fact]
    public async Task SearchStampsAsync_AsksOnlyForUpdatedWithLargestPage()
    {
        var stub = Of(JsonBody("""
            {"issues":[{"id":"10042","key":"OPS-7","fields":{"updated":"2025-06-02T08:15:00.000+0000"}}],"isLast":true}
            """));
        using var client = TestClients.Create(stub);

        var stamp = Assert.Single(await client.Search.SearchStampsAsync("project = OPS").ToListAsync());

        var updated = new DateTimeOffset(2025, 6, 2, 8, 15, 0, TimeSpan.Zero);
        Assert.Equal(new JiraIssueStamp("10042", "OPS-7", updated), stamp);
        var fields = stub.Requests[0].Json.GetProperty("fields").EnumerateArray().Select(f => f.GetString());
        Assert.Equal(["updated"], fields);
        Assert.Equal(5000, stub.Requests[0].Json.GetProperty("maxResults").GetInt32());
    }

    [Fact]
    public async Task SearchAsync_Gone410C05_EndpointRemovedNotEmptyAndNotRetried()
    {
        var stub = Of(JsonBody("""
            {"errorMessages":["The requested API has been removed. Please migrate to the /rest/api/3/search/jql API."],
            "errors":{}}
            """,
            HttpStatusCode.Gone));
        using var client = TestClients.Create(stub);

        var ex = await Assert.ThrowsAsync<JiraEndpointRemovedException>(() =>
            client.Search.SearchAsync(AcmeByKey).ToListAsync());

        Assert.Single(stub.Requests);
        Assert.Equal("/rest/api/3/search/jql", ex.Path);
        Assert.Contains("has been removed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountApproximatelyAsync_PostsJql_ReturnsCount()
    {
        var stub = Of(JsonBody("""{"count":153}"""));
        using var client = TestClients.Create(stub);

        Assert.Equal(153, await client.Search.CountApproximatelyAsync("project = OPS"));
        Assert.Equal("/rest/api/3/search/approximate-count", stub.Requests[0].Path);
        Assert.Equal("project = OPS", stub.Requests[0].Json.GetProperty("jql").GetString());
    }

    [Fact]
    public async Task ParseAsync_InvalidQueryAnswered200_ErrorsReported()
    {
        var stub = Of(JsonBody("""
            {"queries":[{"query":"project = ","errors":["Expecting a value"]},{"query":"project = NOPE","structure":{},
            "warnings":["The value 'NOPE' does not exist"]}]}
            """));
        using var client = TestClients.Create(stub);

        var results = await client.Search.ParseAsync(["project = ", "project = NOPE"], JqlValidation.Warn);

        Assert.False(results[0].IsValid);
        Assert.True(results[1].IsValid);
        Assert.Single(results[1].Warnings);
        Assert.Equal("warn", stub.Requests[0].QueryValue("validation"));
    }
}
