using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Resilience;

public sealed class RetryRuleTests
{
    private const string RateLimitedBody = """
        {"errorMessages":["The request has been rate-limited. Please try again later."],"errors":{}}
        """;
    private const string C34Html =
        "<!doctype html><html><head><title>HTTP Status 429 – Too Many Requests</title></head>" +
        "<body><h1>HTTP Status 429 – Too Many Requests</h1><p>Rate limit exceeded.</p></body></html>";
    private static readonly JiraIssueCreate NewIssue = new() { Fields = new JsonObject { ["summary"] = "x" } };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private static Func<RecordedRequest, HttpResponseMessage> TooMany(int seconds) =>
        JsonBody(RateLimitedBody, HttpStatusCode.TooManyRequests,
            r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public async Task Read_429WithRetryAfter7C33_WaitsAtLeast7SecondsThenSucceeds()
    {
        var stub = new StubHandler(_time, TooMany(7), JsonBody("""{"accountId":"5b10a2844c20165700ede21g"}"""));
        using var client = TestClients.Create(stub, time: _time);

        var user = await TestClients.WithTimeAsync(_time, () => client.Users.GetAsync("5b10a2844c20165700ede21g"));

        Assert.NotNull(user);
        Assert.Equal(2, stub.Requests.Count);
        Assert.True(stub.Requests[1].At - stub.Requests[0].At >= TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Create_429C33_RetriedBecauseJiraDidNotApplyIt()
    {
        var stub = new StubHandler(_time, TooMany(2), JsonBody("""
            {"id":"10042","key":"OPS-7"}
            """, HttpStatusCode.Created));
        using var client = TestClients.Create(stub, time: _time);

        var created = await TestClients.WithTimeAsync(_time, () => client.Issues.CreateAsync(NewIssue));

        Assert.Equal("OPS-7", created.Key);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Read_RetryAfterZeroThreeTimesC33_OwnGrowingBackoffOfAtLeastOneSecond()
    {
        var stub = new StubHandler(_time, TooMany(0), TooMany(0), TooMany(0), JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub, time: _time);

        await TestClients.WithTimeAsync(_time, () => client.Connection.GetMyselfAsync());

        Assert.Equal(4, stub.Requests.Count);
        var gaps = stub.Requests.Zip(stub.Requests.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.All(gaps, g => Assert.True(g >= TimeSpan.FromSeconds(1), $"gap {g}"));
        Assert.True(gaps[2] > gaps[0], "back-off should grow");
    }

    [Fact]
    public async Task Read_429Forever_RateLimitedExceptionWithLastHeaders()
    {
        var stub = new StubHandler(_time, JsonBody(RateLimitedBody, HttpStatusCode.TooManyRequests, r =>
        {
            r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            r.Headers.Add("RateLimit-Reason", "jira-burst-based");
        }));
        using var client = TestClients.Create(stub, o => o.MaxRetryAttempts = 2, _time);

        var ex = await Assert.ThrowsAsync<JiraRateLimitedException>(() =>
            TestClients.WithTimeAsync(_time, () => client.Connection.GetMyselfAsync()));

        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.Equal("jira-burst-based", ex.Reason);
        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
    }

    [Fact]
    public async Task Read_RetryAfterBeyondCap_FailsAtOnceForTheCallerToSchedule()
    {
        var stub = new StubHandler(_time, TooMany(3600));
        using var client = TestClients.Create(stub, time: _time);

        var ex = await Assert.ThrowsAsync<JiraRateLimitedException>(() => client.Connection.GetMyselfAsync());

        Assert.Single(stub.Requests);
        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
    }

    [Fact]
    public async Task Read_Html429C34_ClassifiedByStatusWithSnippet()
    {
        var stub = new StubHandler(_time, Status(HttpStatusCode.TooManyRequests, C34Html));
        using var client = TestClients.Create(stub, o => o.MaxRetryAttempts = 1, _time);

        var ex = await Assert.ThrowsAsync<JiraRateLimitedException>(() =>
            TestClients.WithTimeAsync(_time, () => client.Connection.GetMyselfAsync()));

        Assert.Equal(2, stub.Requests.Count);
        Assert.Contains("Rate limit exceeded.", ex.BodySnippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<", ex.BodySnippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Read_HtmlProxyError_RetriedThenSucceeds(HttpStatusCode status)
    {
        var stub = new StubHandler(_time, Status(status, "<html><body>Bad gateway</body></html>"), JsonBody("""
            {"accountId":"a"}
            """));
        using var client = TestClients.Create(stub, time: _time);

        var me = await TestClients.WithTimeAsync(_time, () => client.Connection.GetMyselfAsync());

        Assert.Equal("a", me.AccountId);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Create_502_NotRetriedBecauseOutcomeUnknown()
    {
        var html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        var stub = new StubHandler(_time, Status(HttpStatusCode.BadGateway, html));
        using var client = TestClients.Create(stub, time: _time);

        var ex = await Assert.ThrowsAsync<JiraApiException>(() => client.Issues.CreateAsync(NewIssue));

        Assert.Single(stub.Requests);
        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal("502 Bad Gateway", ex.BodySnippet);
    }

    [Fact]
    public async Task Create_503WithRetryAfter_RetriedBecauseNotApplied()
    {
        var stub = new StubHandler(_time,
            Status(HttpStatusCode.ServiceUnavailable,
                configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2))),
            JsonBody("""{"id":"10042","key":"OPS-7"}""", HttpStatusCode.Created));
        using var client = TestClients.Create(stub, time: _time);

        var created = await TestClients.WithTimeAsync(_time, () => client.Issues.CreateAsync(NewIssue));

        Assert.Equal("10042", created.Id);
        Assert.True(stub.Requests[1].At - stub.Requests[0].At >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Read_ConnectionReset_Retried()
    {
        var stub = new StubHandler(_time, Throw(new HttpRequestException("Connection reset by peer")), JsonBody("""
            {"accountId":"a"}
            """));
        using var client = TestClients.Create(stub, time: _time);

        await TestClients.WithTimeAsync(_time, () => client.Connection.GetMyselfAsync());

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task CreateComment_ConnectionReset_NotRetriedAndTyped()
    {
        var stub = new StubHandler(_time, Throw(new HttpRequestException("Connection reset by peer")));
        using var client = TestClients.Create(stub, time: _time);

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            client.Comments.AddAsync("ACME-40", JiraCommentContent.FromText("x")));

        Assert.Single(stub.Requests);
        Assert.Null(ex.StatusCode);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task SearchPost_500_RetriedBecauseSearchIsARead()
    {
        var stub = new StubHandler(_time, Status(HttpStatusCode.InternalServerError), Fixture(Fixtures.F14SearchEmpty));
        using var client = TestClients.Create(stub, time: _time);

        await TestClients.WithTimeAsync(_time, () =>
            client.Search.GetPageAsync(new JiraSearchRequest { Jql = "project = A", Fields = ["summary"] }));

        Assert.Equal(2, stub.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task Read_Other4xx_NeverRetried(HttpStatusCode status)
    {
        var stub = new StubHandler(_time, JsonBody("""{"errorMessages":["no"],"errors":{}}""", status));
        using var client = TestClients.Create(stub, time: _time);

        await Assert.ThrowsAnyAsync<JiraApiException>(() => client.Issues.GetAsync("ACME-1"));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Read_AttemptTimesOut_RetriedAsARead()
    {
        var stub = new StubHandler(_time, Hang(), JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub, o => o.AttemptTimeout = TimeSpan.FromSeconds(5), _time);

        await TestClients.WithTimeAsync(_time, () => client.Connection.GetMyselfAsync());

        Assert.Equal(2, stub.Requests.Count);
        Assert.True(stub.Requests[1].At - stub.Requests[0].At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Create_AttemptTimesOut_NotRetriedAndReportedAsNoAnswer()
    {
        var stub = new StubHandler(_time, Hang());
        using var client = TestClients.Create(stub, o => o.AttemptTimeout = TimeSpan.FromSeconds(5), _time);

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            TestClients.WithTimeAsync(_time, () => client.Issues.CreateAsync(NewIssue)));

        Assert.Single(stub.Requests);
        Assert.StartsWith("No answer from Jira for POST /rest/api/3/issue", ex.Message, StringComparison.Ordinal);
    }
}
