using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Tests.Infrastructure;

/// <summary>
/// The same fault plan must look the same to a client whether the fake is served in process or over
/// a loopback socket.
/// </summary>
public sealed class TransportTests
{
    public static TheoryData<bool> Transports() => new() { false, true };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_NoFault_ReachesServiceWithPathQueryHeadersAndBody(bool overSocket)
    {
        var service = new CountingService();
        var log = new RequestLog();
        await using var host = await Host.StartAsync(service, new FaultPlan(), log, overSocket);

        using var request = new HttpRequestMessage(HttpMethod.Post, "rest/api/3/issue/A%20B?q=x%3Dy")
        {
            Content = new StringContent("{\"a\":1}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic abc");
        using var response = await host.Client.SendAsync(request);
        var echo = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("POST", (string?)echo["method"]);
        Assert.Equal("/rest/api/3/issue/A%20B", (string?)echo["path"]);
        Assert.Equal("x=y", (string?)echo["query"]);
        Assert.Equal("Basic abc", (string?)echo["auth"]);
        Assert.Equal("{\"a\":1}", (string?)echo["body"]);
        Assert.Equal(1, log.CountOf("ECHO"));
        Assert.Equal(200, log.Entries.Single().Status);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_TooManyRequests_Answers429WithHeadersWithoutApplying(bool overSocket)
    {
        var service = new CountingService();
        var plan = new FaultPlan().Add(new FaultRule
        {
            Kind = FaultKind.TooManyRequests,
            RetryAfter = TimeSpan.FromSeconds(3),
            RateLimitReason = "jira-burst-based",
            MaxCount = 1,
        });
        await using var host = await Host.StartAsync(service, plan, new RequestLog(), overSocket);

        using var first = await host.Client.GetAsync("a");
        using var second = await host.Client.GetAsync("a");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter?.Delta);
        Assert.Equal("jira-burst-based", first.Headers.GetValues("RateLimit-Reason").Single());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, service.Applied);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_ConnectionReset_ThrowsWithoutApplying(bool overSocket)
    {
        var service = new CountingService();
        var plan = new FaultPlan().Add(FaultKind.ConnectionReset, maxCount: 1);
        await using var host = await Host.StartAsync(service, plan, new RequestLog(), overSocket);

        await Assert.ThrowsAsync<HttpRequestException>(() => host.Client.GetAsync("a"));

        Assert.Equal(0, service.Applied);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_ResponseLost_AppliesThenThrows(bool overSocket)
    {
        var service = new CountingService();
        var plan = new FaultPlan().Add(FaultKind.ResponseLost, method: "POST", maxCount: 1);
        var log = new RequestLog();
        await using var host = await Host.StartAsync(service, plan, log, overSocket);

        await Assert.ThrowsAsync<HttpRequestException>(() => host.Client.PostAsync("a", new StringContent("{}")));

        Assert.Equal(1, service.Applied);
        var entry = log.Entries.Single();
        Assert.Equal(FaultKind.ResponseLost, entry.Fault);
        Assert.Null(entry.Status);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_TruncatedBody_FailsWhileReadingContent(bool overSocket)
    {
        var service = new CountingService();
        var plan = new FaultPlan().Add(FaultKind.TruncatedBody, maxCount: 1);
        await using var host = await Host.StartAsync(service, plan, new RequestLog(), overSocket);

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await host.Client.GetAsync("a");
            await response.Content.ReadAsStringAsync();
        });

        Assert.Equal(1, service.Applied);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_HtmlErrorPage_AnswersHtmlWithStatus(bool overSocket)
    {
        var plan = new FaultPlan().Add(new FaultRule { Kind = FaultKind.HtmlErrorPage, HtmlStatus = 502 });
        await using var host = await Host.StartAsync(new CountingService(), plan, new RequestLog(), overSocket);

        using var response = await host.Client.GetAsync("a");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoServers_GetDifferentLoopbackPorts()
    {
        await using var first = LoopbackServer.Start(new CountingService());
        await using var second = LoopbackServer.Start(new CountingService());

        Assert.NotEqual(first.Port, second.Port);
        Assert.Equal("127.0.0.1", first.BaseAddress.Host);
    }

    private sealed class Host : IAsyncDisposable
    {
        private LoopbackServer? _server;

        public HttpClient Client { get; private set; } = null!;

        public static Task<Host> StartAsync(IFakeService service, FaultPlan plan, RequestLog log, bool overSocket)
        {
            var host = new Host();
            if (overSocket)
            {
                host._server = LoopbackServer.Start(service, plan, log);
                host.Client = new HttpClient
                {
                    BaseAddress = host._server.BaseAddress,
                    Timeout = TimeSpan.FromSeconds(20),
                };
            }
            else
            {
                host.Client = new HttpClient(new FakeServiceHandler(service, plan, log))
                {
                    BaseAddress = new Uri("https://fake.example.test/"),
                };
            }

            return Task.FromResult(host);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
