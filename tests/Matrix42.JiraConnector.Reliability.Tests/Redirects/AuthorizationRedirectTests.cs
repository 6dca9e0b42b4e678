using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Reliability.Tests.Infrastructure;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Reliability.Tests.Redirects;

/// <summary>
/// Two loopback servers stand for two hosts. The clients define a host as scheme, name and port, so another
/// port, or "localhost" instead of "127.0.0.1", is another host and must never receive the credentials.
/// </summary>
public sealed class AuthorizationRedirectTests
{
    private const string IssuePath = "/rest/api/3/issue/OPS-1";

    private static readonly JsonObject Issue = new()
    {
        ["id"] = "10001", ["key"] = "OPS-1", ["fields"] = new JsonObject(),
    };

    [Theory]
    [InlineData(HttpStatusCode.Found, false)]
    [InlineData(HttpStatusCode.MovedPermanently, false)]
    [InlineData(HttpStatusCode.TemporaryRedirect, false)]
    [InlineData(HttpStatusCode.PermanentRedirect, false)]
    [InlineData(HttpStatusCode.SeeOther, false)]
    [InlineData(HttpStatusCode.Found, true)]
    public async Task JiraGet_RedirectToAnotherHost_SendsNoAuthorizationThere(HttpStatusCode status, bool viaLocalhost)
    {
        var other = new ScriptedService(_ => FakeResponse.Json(HttpStatusCode.OK, Issue.DeepClone()));
        await using var otherServer = LoopbackServer.Start(other);
        var target = viaLocalhost
            ? new Uri($"http://localhost:{otherServer.Port}{IssuePath}")
            : new Uri(otherServer.BaseAddress, IssuePath);
        var site = new ScriptedService(_ => Redirect(status, target));
        await using var siteServer = LoopbackServer.Start(site);
        using var client = JiraClient(siteServer.BaseAddress);

        var issue = await client.Issues.GetAsync("OPS-1");

        Assert.Equal("OPS-1", issue.Key);
        Assert.True(ScriptedService.HasAuthorization(Assert.Single(site.Requests)), "the site got no credentials");
        Assert.False(ScriptedService.HasAuthorization(Assert.Single(other.Requests)), "credentials followed");
    }

    [Fact]
    public async Task JiraGet_RedirectToSameHostNamedLocalhost_SendsNoAuthorizationToThatName()
    {
        // One server, two names: 127.0.0.1:port configured, localhost:port in the Location.
        ScriptedService? service = null;
        await using var server = LoopbackServer.Start(service = new ScriptedService(request =>
            request.Path == IssuePath && service!.Requests.Count == 1
                ? Redirect(HttpStatusCode.Found,
                    new Uri($"http://localhost:{request.Header("Host")!.Split(':')[1]}/moved"))
                : FakeResponse.Json(HttpStatusCode.OK, Issue.DeepClone())));
        using var client = JiraClient(server.BaseAddress);

        await client.Issues.GetAsync("OPS-1");

        var requests = service.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(ScriptedService.HasAuthorization(requests[0]));
        Assert.False(ScriptedService.HasAuthorization(requests[1]));
    }

    [Fact]
    public async Task JiraGet_RedirectWithinTheSite_KeepsAuthorization()
    {
        // The control: the test can see the header when it is legitimately sent.
        var site = new ScriptedService(request => request.Path == IssuePath
            ? Redirect(HttpStatusCode.Found, new Uri("/rest/api/3/issue/10001", UriKind.Relative))
            : FakeResponse.Json(HttpStatusCode.OK, Issue.DeepClone()));
        await using var server = LoopbackServer.Start(site);
        using var client = JiraClient(server.BaseAddress);

        await client.Issues.GetAsync("OPS-1");

        Assert.Equal(2, site.Requests.Count);
        Assert.All(site.Requests, r => Assert.True(ScriptedService.HasAuthorization(r)));
    }

    [Fact]
    public async Task JiraSearch_TemporaryRedirectOfPostToAnotherHost_SendsNothingThere()
    {
        var other = new ScriptedService(
            _ => FakeResponse.Json(HttpStatusCode.OK, new JsonObject { ["issues"] = new JsonArray() }));
        await using var otherServer = LoopbackServer.Start(other);
        var site = new ScriptedService(_ =>
            Redirect(HttpStatusCode.TemporaryRedirect, new Uri(otherServer.BaseAddress, "/rest/api/3/search/jql")));
        await using var siteServer = LoopbackServer.Start(site);
        using var client = JiraClient(siteServer.BaseAddress);

        await Assert.ThrowsAnyAsync<JiraApiException>(() => client.Search.GetPageAsync(
            new JiraSearchRequest { Jql = "project = OPS", Fields = ["summary"] }));

        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task JiraGet_RedirectChainThroughAnotherHost_NeverAuthorizesThatHost()
    {
        var siteAddress = new TaskCompletionSource<Uri>();
        var hop = new ScriptedService(_ =>
            Redirect(HttpStatusCode.Found, new Uri(siteAddress.Task.Result, "/rest/api/3/issue/10001")));
        await using var hopServer = LoopbackServer.Start(hop);
        var site = new ScriptedService(request => request.Path == IssuePath
            ? Redirect(HttpStatusCode.Found, new Uri(hopServer.BaseAddress, "/hop"))
            : FakeResponse.Json(HttpStatusCode.OK, Issue.DeepClone()));
        await using var siteServer = LoopbackServer.Start(site);
        siteAddress.SetResult(siteServer.BaseAddress);
        using var client = JiraClient(siteServer.BaseAddress);

        var issue = await client.Issues.GetAsync("OPS-1");

        Assert.Equal("OPS-1", issue.Key);
        Assert.False(ScriptedService.HasAuthorization(Assert.Single(hop.Requests)));
        Assert.Equal(2, site.Requests.Count);
    }

    [Fact]
    public async Task EsmCall_RedirectToAnotherHost_SendsNoAuthorizationThere()
    {
        var other = new ScriptedService(_ => FakeResponse.Empty(HttpStatusCode.NotFound));
        await using var otherServer = LoopbackServer.Start(other);
        var esm = new ScriptedService(request => request.Path.EndsWith("/users/login", StringComparison.Ordinal)
            ? FakeResponse.Json(HttpStatusCode.OK, new JsonObject())
                .WithHeader("Authorization", "Bearer esm-jwt-canary")
            : Redirect(HttpStatusCode.Found, new Uri(otherServer.BaseAddress, request.Path)));
        await using var esmServer = LoopbackServer.Start(esm);
        using var client = EsmClientFactory.Create(new EsmClientOptions
        {
            BaseAddress = esmServer.BaseAddress,
            Login = "webapi",
            Password = "esm-password",
            AllowInsecureLoopback = true,
            MaxRetryAttempts = 0,
        });

        await Record.ExceptionAsync(() => client.GetTemplateAsync("ticket"));

        Assert.Contains(esm.Requests, r => ScriptedService.HasAuthorization(r));
        Assert.All(other.Requests, r => Assert.False(ScriptedService.HasAuthorization(r)));
        Assert.All(other.Requests, r => Assert.DoesNotContain("esm-jwt-canary", string.Join(" ", r.Headers.Values),
            StringComparison.Ordinal));
    }

    private static FakeResponse Redirect(HttpStatusCode status, Uri location) =>
        FakeResponse.Empty(status).WithHeader("Location", location.ToString());

    private static JiraClient JiraClient(Uri site) => JiraClientFactory.Create(new JiraClientOptions
    {
        SiteUrl = site,
        Email = "redirect@example.test",
        ApiToken = "redirect-token",
        AllowInsecureLoopback = true,
        MaxRetryAttempts = 0,
    });
}
