using System.Net;
using System.Net.Http.Headers;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Resilience;

public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private static Func<RecordedRequest, HttpResponseMessage> Limited(
        string reason, int seconds, string? reset = null) =>
        JsonBody("{}", HttpStatusCode.TooManyRequests, r =>
        {
            r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            r.Headers.Add("RateLimit-Reason", reason);
            if (reset is not null)
            {
                r.Headers.Add("X-RateLimit-Reset", reset);
            }
        });

    [Fact]
    public async Task QuotaReason_PausesWholeConnectorUntilReset()
    {
        var limiter = new JiraRateLimiter(_time);
        var stub = new StubHandler(_time, Limited("jira-quota-tenant-based", 1, "2026-01-05T10:00:00Z"));
        using var client = TestClients.Create(stub, o => o.MaxRetryAttempts = 0, _time, limiter: limiter);

        await Assert.ThrowsAsync<JiraRateLimitedException>(() => client.Connection.GetMyselfAsync());

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), limiter.PausedUntil);
    }

    [Fact]
    public async Task QuotaPause_SharedByOtherClientsOfTheConnector_NextCallWaits()
    {
        var limiter = new JiraRateLimiter(_time);
        using var first = TestClients.Create(new StubHandler(_time, Limited("jira-quota-global-based", 30)),
            o => o.MaxRetryAttempts = 0, _time, limiter: limiter);
        await Assert.ThrowsAsync<JiraRateLimitedException>(() => first.Connection.GetMyselfAsync());
        var stub = new StubHandler(_time, JsonBody("""{"accountId":"a"}"""));
        using var second = TestClients.Create(stub, time: _time, limiter: limiter);
        var start = _time.GetUtcNow();

        await TestClients.WithTimeAsync(_time, () => second.Issues.GetAsync("OPS-1"));

        Assert.True(stub.Requests[0].At - start >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task BurstReason_SlowsOnlyThatEndpoint()
    {
        var limiter = new JiraRateLimiter(_time);
        using var client = TestClients.Create(new StubHandler(_time, Limited("jira-burst-based", 20)),
            o => o.MaxRetryAttempts = 0, _time, limiter: limiter);
        await Assert.ThrowsAsync<JiraRateLimitedException>(() => client.Issues.GetAsync("OPS-1"));

        Assert.Null(limiter.PausedUntil);
        Assert.True(limiter.GetDelay(Request(HttpMethod.Get, "rest/api/3/issue/OPS-99")) > TimeSpan.FromSeconds(19));
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay(Request(HttpMethod.Get, "rest/api/3/myself")));
    }

    [Fact]
    public async Task PerIssueReason_SlowsWritesToThatIssueOnly()
    {
        var limiter = new JiraRateLimiter(_time);
        using var client = TestClients.Create(new StubHandler(_time, Limited("jira-per-issue-on-write", 5)),
            o => o.MaxRetryAttempts = 0, _time, limiter: limiter);
        await Assert.ThrowsAsync<JiraRateLimitedException>(() =>
            client.Comments.AddAsync("OPS-1", JiraCommentContent.FromText("x")));

        var write = JiraCallKind.IdempotentWrite;
        Assert.True(limiter.GetDelay(Request(HttpMethod.Put, "rest/api/3/issue/OPS-1", write)) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay(Request(HttpMethod.Put, "rest/api/3/issue/OPS-2", write)));
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay(Request(HttpMethod.Get, "rest/api/3/issue/OPS-1")));
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, JiraCallKind kind = JiraCallKind.Read)
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri(TestClients.Site + "/"), path));
        request.Options.Set(JiraRequestOptions.Kind, kind);
        return request;
    }
}
