using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmHostingTests
{
    [Fact]
    public async Task StartLoopback_LoginAndQueryOverSocket_ServesAndLinksToLoopbackHost()
    {
        using var tenant = new EsmTenant();
        for (var i = 0; i < 3; i++)
        {
            tenant.AddIncident($"Issue {i}");
        }

        await using var server = tenant.Esm.StartLoopback();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "rest-api/itsm/v1/") };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = EsmTenant.Login,
            ["password"] = EsmTenant.Password,
        });

        using var login = await http.PostAsync("users/login", form);
        http.DefaultRequestHeaders.Authorization =
            AuthenticationHeaderValue.Parse(login.Headers.GetValues("Authorization").Single());
        var page = JsonNode.Parse(await http.GetStringAsync("dc/incident/data?limit=2"))!;

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(2, page["data"]!.AsArray().Count);
        Assert.StartsWith(
            $"http://127.0.0.1:{server.Port}/rest-api/itsm/v1/dc/incident/data?limit=2&filterId=",
            (string?)page["meta"]!["links"]!["next"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_AfterCalls_CountsPerRouteTemplate()
    {
        using var tenant = new EsmTenant();
        var a = tenant.AddIncident("a");
        var b = tenant.AddIncident("b");
        await tenant.LogInAsync();

        await tenant.GetAsync($"dc/incident/data/{a}");
        await tenant.GetAsync($"dc/incident/data/{b}");
        await tenant.GetAsync("dc/incident/data");

        Assert.Equal(1, tenant.Esm.Log.CountOf(FakeEsmRoutes.Login));
        Assert.Equal(2, tenant.Esm.Log.CountOf(FakeEsmRoutes.GetCard));
        Assert.Equal(1, tenant.Esm.Log.CountOf(FakeEsmRoutes.Query));
        Assert.Equal(200, tenant.Esm.Log.Entries[^1].Status);
    }

    [Fact]
    public async Task Faults_ServiceUnavailableOnce_FirstQueryFailsSecondSucceeds()
    {
        using var tenant = new EsmTenant();
        tenant.AddIncident("a");
        await tenant.LogInAsync();
        tenant.Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServiceUnavailable,
            PathPattern = "**/dc/incident/data",
            Method = "GET",
            RetryAfter = TimeSpan.FromSeconds(2),
            MaxCount = 1,
        });

        using var failed = await tenant.Http.GetAsync("dc/incident/data");
        var (status, _) = await tenant.GetAsync("dc/incident/data");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), failed.Headers.RetryAfter?.Delta);
        Assert.Equal(200, status);
        Assert.Equal(2, tenant.Esm.Log.CountOf(FakeEsmRoutes.Query));
    }

    [Fact]
    public async Task Faults_ResponseLostOnCreate_CardExistsThoughClientSawFailure()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();
        tenant.Esm.Faults.Add(FaultKind.ResponseLost, method: "POST", maxCount: 1);
        using var content = new StringContent(
            """{"folderCode":"incidents","data":{"subject":{"values":[{"value":"lost"}]}}}""",
            Encoding.UTF8,
            "application/json");

        await Assert.ThrowsAsync<HttpRequestException>(() => tenant.Http.PostAsync("dc/incident/data", content));

        Assert.Equal(["lost"], tenant.Esm.GetCards("incident").Select(c => c.Name));
    }

    [Fact]
    public async Task HandleAsync_ConcurrentCreates_AllGetDistinctIds()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => tenant.SendAsync(
            HttpMethod.Post,
            "dc/incident/data",
            """{"folderCode":"incidents","data":{"subject":{"values":[{"value":"cID"}]}}}"""
                .Replace("ID", i.ToString()))));

        Assert.All(results, r => Assert.Equal(201, r.Status));
        Assert.Equal(40, results.Select(r => (string?)r.Body!["dataCard"]!["dataCardId"]).Distinct().Count());
        Assert.Equal(40, tenant.Esm.CountCards("incident"));
    }
}
