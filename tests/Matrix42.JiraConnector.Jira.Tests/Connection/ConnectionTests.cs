using System.Net;
using System.Net.Sockets;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Connection;

public sealed class ConnectionTests
{
    [Fact]
    public async Task TestConnectionAsync_Myself200_SucceededWithTimeZone()
    {
        var stub = Of(JsonBody("""
            {"accountId":"5b10a2844c20165700ede21g","timeZone":"Europe/Berlin","accountType":"atlassian"}
            """));
        using var client = TestClients.Create(stub);

        var result = await client.Connection.TestConnectionAsync();

        Assert.True(result.Succeeded);
        Assert.Equal("Europe/Berlin", result.TimeZone);
        Assert.Equal("/rest/api/3/myself", stub.Requests[0].Path);
    }

    [Fact]
    public async Task TestConnectionAsync_401_InvalidCredentialsWithoutRetry()
    {
        var stub = Of(JsonBody("""
            {"errorMessages":["Client must be authenticated to access this resource."],"errors":{}}
            """,
            HttpStatusCode.Unauthorized));
        using var client = TestClients.Create(stub);

        var result = await client.Connection.TestConnectionAsync();

        Assert.Equal(JiraConnectionOutcome.InvalidCredentials, result.Outcome);
        Assert.Single(stub.Requests);
        Assert.DoesNotContain(TestClients.Token, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnectionAsync_403Captcha_CaptchaRequired()
    {
        using var client = TestClients.Create(Of(Status(HttpStatusCode.Forbidden, configure: r =>
            r.Headers.Add("X-Seraph-LoginReason", "AUTHENTICATION_DENIED"))));

        Assert.Equal(JiraConnectionOutcome.CaptchaRequired, (await client.Connection.TestConnectionAsync()).Outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "<html>Site temporarily unavailable</html>")]
    [InlineData(HttpStatusCode.OK, "<html><body>Welcome to nginx</body></html>")]
    [InlineData(HttpStatusCode.OK, "{\"something\":\"else\"}")]
    public async Task TestConnectionAsync_NotAJiraSite_WrongSite(HttpStatusCode status, string body)
    {
        using var client = TestClients.Create(Of(Status(status, body)));

        Assert.Equal(JiraConnectionOutcome.WrongSite, (await client.Connection.TestConnectionAsync()).Outcome);
    }

    [Fact]
    public async Task TestConnectionAsync_RedirectToLoginElsewhere_WrongSiteAndNoCredentialsSent()
    {
        var stub = Of(
            Status(HttpStatusCode.Found, configure: r => r.Headers.Location = new Uri("https://start.atlassian.com/")),
            Status(HttpStatusCode.OK, "<html>start</html>"));
        using var client = TestClients.Create(stub);

        var result = await client.Connection.TestConnectionAsync();

        Assert.Equal(JiraConnectionOutcome.WrongSite, result.Outcome);
        Assert.Null(stub.Requests[1].Authorization);
    }

    [Fact]
    public async Task TestConnectionAsync_HostDoesNotResolve_UnreachableWithoutRetry()
    {
        var stub = Of(Throw(new HttpRequestException("Name or service not known", new SocketException(11001))));
        using var client = TestClients.Create(stub);

        var result = await client.Connection.TestConnectionAsync();

        Assert.Equal(JiraConnectionOutcome.Unreachable, result.Outcome);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task TestConnectionAsync_RealClosedLoopbackPort_Unreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = JiraClientFactory.Create(TestClients.Options(o =>
        {
            o.SiteUrl = new Uri($"http://127.0.0.1:{port}");
            o.AllowInsecureLoopback = true;
        }));

        var result = await client.Connection.TestConnectionAsync();

        Assert.Equal(JiraConnectionOutcome.Unreachable, result.Outcome);
    }

    [Fact]
    public async Task GetServerInfoAsync_ParsesCloudInfo()
    {
        using var client = TestClients.Create(Of(JsonBody(
            """
                {"baseUrl":"https://acme.atlassian.net","version":"1001.0.0-SNAPSHOT","deploymentType":"Cloud",
                "buildNumber":100289,"serverTime":"2026-01-05T09:00:00.000+0000","serverTitle":"Jira"}
                """)));

        var info = await client.Connection.GetServerInfoAsync();

        Assert.Equal("Cloud", info.DeploymentType);
        Assert.Equal(100289, info.BuildNumber);
    }
}
