using System.Net;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Client;

public sealed class OptionsAndSecretsTests
{
    [Theory]
    [InlineData("http://acme.atlassian.net", true)]
    [InlineData("http://127.0.0.1:8080", false)]
    [InlineData("ftp://acme.atlassian.net", true)]
    [InlineData("https://user:pw@acme.atlassian.net", true)]
    public void Validate_InsecureOrOddSiteUrl_Refused(string url, bool allowLoopback)
    {
        var options = TestClients.Options(o =>
        {
            o.SiteUrl = new Uri(url);
            o.AllowInsecureLoopback = allowLoopback;
        });

        Assert.Contains(options.Validate(), f => f.Contains("SiteUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void Validate_HttpLoopbackWithFlag_Allowed(string url)
    {
        var options = TestClients.Options(o =>
        {
            o.SiteUrl = new Uri(url);
            o.AllowInsecureLoopback = true;
        });

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Create_SeveralProblems_AllListedAtOnceNamingTheSetting()
    {
        var options = new JiraClientOptions { SearchPageSize = 0, MaxRetryAttempts = 99 };

        var ex = Assert.Throws<OptionsValidationException>(() => JiraClientFactory.Create(options));

        Assert.Contains(ex.Failures, f => f.Contains("SiteUrl", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Email", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ApiToken", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("SearchPageSize", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BearerWithoutProvider_Refused()
    {
        var options = TestClients.Options(o => o.Authentication = JiraAuthenticationKind.Bearer);

        Assert.Contains(options.Validate(), f => f.Contains("BearerTokenProvider", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_OptionsAndClient_NeverShowTheToken()
    {
        var options = TestClients.Options();
        using var client = TestClients.Create(Of(JsonBody("{}")));

        Assert.DoesNotContain(TestClients.Token, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Token, client.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_ExceptionsAndLogs_NeverContainTokenEmailOrQuery()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b =>
            b.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        var time = new FakeTimeProvider();
        var stub = new StubHandler(time,
            JsonBody("""
                {"errorMessages":["Client must be authenticated to access this resource."],"errors":{}}
                """, HttpStatusCode.Unauthorized));
        using var client = TestClients.Create(stub, time: time, loggerFactory: loggerFactory);

        var ex = await Assert.ThrowsAsync<JiraAuthenticationException>(() =>
            client.Users.GetAsync("712020:secret-account"));

        var texts = collector.GetSnapshot().Select(r => r.Message).Append(ex.ToString()).ToList();
        Assert.NotEmpty(collector.GetSnapshot());
        Assert.All(texts, t =>
        {
            Assert.DoesNotContain(TestClients.Token, t, StringComparison.Ordinal);
            Assert.DoesNotContain(TestClients.Email, t, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-account", t, StringComparison.Ordinal);
            Assert.DoesNotContain("Basic ", t, StringComparison.Ordinal);
        });
        Assert.Equal("/rest/api/3/user", ex.Path);
        Assert.False(ex.IsCaptchaChallenge);
    }

    [Fact]
    public async Task Forbidden_WithCaptchaHeader_AuthenticationExceptionFlagged()
    {
        using var client = TestClients.Create(Of(Status(HttpStatusCode.Forbidden, configure: r =>
            r.Headers.Add("X-Authentication-Denied-Reason",
                "CAPTCHA_CHALLENGE; login-url=https://acme.atlassian.net/login.jsp"))));

        var ex = await Assert.ThrowsAsync<JiraAuthenticationException>(() => client.Connection.GetMyselfAsync());

        Assert.True(ex.IsCaptchaChallenge);
    }

    [Fact]
    public async Task Forbidden_PermissionOnly_PlainApiException()
    {
        using var client = TestClients.Create(Of(JsonBody("""
            {"errorMessages":["Browse users and groups permission is required to view groups."]}
            """,
            HttpStatusCode.Forbidden)));

        var ex = await Assert.ThrowsAsync<JiraApiException>(() => client.Groups.GetGroupsAsync().ToListAsync());

        Assert.IsNotType<JiraAuthenticationException>(ex);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
    }

    [Theory]
    [InlineData(40, false, false)]
    [InlineData(30, true, false)]
    [InlineData(2, true, false)]
    [InlineData(-1, true, true)]
    public void TokenExpiry_WarningWindowDefault30Days_Flagged(int daysLeft, bool soon, bool expired)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(collector)));

        using var client = TestClients.Create(Of(JsonBody("{}")),
            o => o.ApiTokenExpiresAt = time.GetUtcNow().AddDays(daysLeft),
            time, loggerFactory);

        Assert.Equal(soon, client.TokenExpiry.IsExpiringSoon);
        Assert.Equal(expired, client.TokenExpiry.IsExpired);
        var expectedEvent = expired ? 1002 : soon ? 1001 : 0;
        Assert.Equal(expectedEvent, collector.GetSnapshot().Select(r => r.Id.Id).FirstOrDefault());
    }

    [Fact]
    public void TokenExpiry_ClockMoves_FlagFollowsTimeProvider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        using var client = TestClients.Create(Of(JsonBody("{}")),
            o => o.ApiTokenExpiresAt = time.GetUtcNow().AddDays(31), time);
        Assert.False(client.TokenExpiry.IsExpiringSoon);

        time.Advance(TimeSpan.FromDays(2));

        Assert.True(client.TokenExpiry.IsExpiringSoon);
    }
}
