using System.Net;
using System.Text;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Client;

public sealed class AuthenticationTests
{
    private static readonly string ExpectedBasic =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.Email + ":" + TestClients.Token));

    [Fact]
    public async Task EveryRequest_BasicHeaderSentPreemptively()
    {
        var stub = Of(JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub);

        await client.Connection.GetMyselfAsync();
        await client.Connection.GetMyselfAsync();

        Assert.All(stub.Requests, r => Assert.Equal(ExpectedBasic, r.Authorization));
    }

    [Fact]
    public async Task RedirectToOtherHost_AuthorizationDropped()
    {
        var stub = Of(
            Status(HttpStatusCode.Found,
                configure: r => r.Headers.Location = new Uri("https://evil.example.net/collect")),
            JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub);

        await client.Connection.GetMyselfAsync();

        Assert.Equal(ExpectedBasic, stub.Requests[0].Authorization);
        Assert.Equal("evil.example.net", stub.Requests[1].Uri.Host);
        Assert.Null(stub.Requests[1].Authorization);
    }

    [Fact]
    public async Task RedirectOnSameHost_AuthorizationKept()
    {
        var stub = Of(
            Status(HttpStatusCode.MovedPermanently,
                configure: r => r.Headers.Location = new Uri("/rest/api/3/myself?x=1", UriKind.Relative)),
            JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub);

        await client.Connection.GetMyselfAsync();

        Assert.Equal(ExpectedBasic, stub.Requests[1].Authorization);
    }

    [Fact]
    public async Task RedirectPost307_KeepsMethodAndBody()
    {
        var stub = Of(
            Status(HttpStatusCode.TemporaryRedirect,
                configure: r => r.Headers.Location = new Uri(TestClients.Site + "/rest/api/3/search/jql")),
            Fixture(Fixtures.F14SearchEmpty));
        using var client = TestClients.Create(stub);

        await client.Search.GetPageAsync(new JiraSearchRequest { Jql = "project = A", Fields = ["summary"] });

        Assert.Equal(HttpMethod.Post, stub.Requests[1].Method);
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
    }

    [Fact]
    public async Task RedirectWithBodyToOtherHost_NotFollowedSoNoDataLeaves()
    {
        var stub = Of(Status(HttpStatusCode.TemporaryRedirect,
            configure: r => r.Headers.Location = new Uri("https://evil.example.net/collect")));
        using var client = TestClients.Create(stub);

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            client.Comments.AddAsync("OPS-1", JiraCommentContent.FromText("confidential")));

        Assert.Single(stub.Requests);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, ex.StatusCode);
    }

    [Fact]
    public async Task RedirectToPlainHttp_NotFollowed()
    {
        var stub = Of(Status(HttpStatusCode.Found,
            configure: r => r.Headers.Location = new Uri("http://acme.atlassian.net/rest/api/3/myself")));
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<JiraApiException>(() => client.Connection.GetMyselfAsync());

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task ScopedToken_CloudIdLookedUpAnonymously_ThenGatewayWithBasic()
    {
        var stub = Of(
            JsonBody("""{"cloudId":"0f3c1c9e-0000-4000-8000-00000000c10d"}"""),
            JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub, o => o.Authentication = JiraAuthenticationKind.ScopedApiToken);

        await client.Connection.GetMyselfAsync();

        Assert.Equal(TestClients.Site + "/_edge/tenant_info", stub.Requests[0].Uri.ToString());
        Assert.Null(stub.Requests[0].Authorization);
        Assert.Equal("https://api.atlassian.com/ex/jira/0f3c1c9e-0000-4000-8000-00000000c10d/rest/api/3/myself",
            stub.Requests[1].Uri.ToString());
        Assert.Equal(ExpectedBasic, stub.Requests[1].Authorization);
    }

    [Fact]
    public async Task ScopedToken_CloudIdConfigured_NoLookup()
    {
        var stub = Of(JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub, o =>
        {
            o.Authentication = JiraAuthenticationKind.ScopedApiToken;
            o.CloudId = "abc";
        });

        await client.Connection.GetMyselfAsync();

        Assert.Equal("https://api.atlassian.com/ex/jira/abc/rest/api/3/myself",
            Assert.Single(stub.Requests).Uri.ToString());
    }

    [Fact]
    public async Task BearerProvider_TokenSentAsBearerToGateway()
    {
        var stub = Of(JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub, o =>
        {
            o.Authentication = JiraAuthenticationKind.Bearer;
            o.CloudId = "abc";
            o.Email = null;
            o.ApiToken = null;
            o.BearerTokenProvider = _ => ValueTask.FromResult("oauth-access-token");
        });

        await client.Connection.GetMyselfAsync();

        Assert.Equal("Bearer oauth-access-token", stub.Requests[0].Authorization);
    }
}
