using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmTemplateTests
{
    [Fact]
    public async Task ListTemplates_TwoDefined_ReturnsNameCodeAndAbsoluteUrl()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync("dc");

        Assert.Equal(200, status);
        var templates = body!.AsArray();
        Assert.Equal(["person", "incident"], templates.Select(t => (string?)t!["templateCode"]));
        Assert.Equal("Incident", (string?)templates[1]!["name"]);
        Assert.Equal("https://esm.fake/rest-api/itsm/v1/dc/incident", (string?)templates[1]!["url"]);
    }

    [Fact]
    public async Task GetTemplate_Incident_DescribesFoldersTypesStaticValuesAndTargets()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync("dc/incident");

        Assert.Equal(200, status);
        Assert.Equal("incident", (string?)body!["code"]);
        var folders = body["allowedFolders"]!.AsArray().Select(f => (string?)f!["folderCode"]);
        Assert.Equal(["incidents", "archive"], folders);
        var attributes = body["attributes"]!;
        Assert.Equal("static-value", (string?)attributes["status"]!["type"]);
        Assert.Equal("5 - Removed", (string?)attributes["status"]!["values"]![2]!["value"]);
        Assert.Equal("removed", (string?)attributes["status"]!["values"]![2]!["code"]);
        Assert.Equal("reference", (string?)attributes["owner"]!["type"]);
        Assert.Equal("person", (string?)attributes["owner"]!["target"]![0]);
        Assert.True((bool)attributes["labels"]!["multiValue"]!);
        Assert.False((bool)attributes["subject"]!["multiValue"]!);
        Assert.Equal("number", (string?)attributes["priority"]!["type"]);
        Assert.Equal("date", (string?)attributes["reported"]!["type"]);
        Assert.Equal("worklog", (string?)attributes["comments"]!["type"]);
        Assert.Equal("external-reference", (string?)attributes["link"]!["type"]);
    }

    [Fact]
    public async Task GetTemplate_Unknown_Answers404WithApiException()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync("dc/nothing");

        Assert.Equal(404, status);
        Assert.Equal(404, (int?)body!["code"]);
        Assert.Equal("Not Found", (string?)body["error"]);
        Assert.Contains("nothing", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTemplate_Forbidden_Answers403AndIsLeftOutOfList()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();
        tenant.Esm.ForbidTemplate("person");

        var (status, _) = await tenant.GetAsync("dc/person/data");
        var (_, list) = await tenant.GetAsync("dc");

        Assert.Equal(403, status);
        Assert.DoesNotContain(list!.AsArray(), t => (string?)t!["templateCode"] == "person");
    }

    [Fact]
    public async Task Request_OutsideBasePath_Answers404()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.GetAsync("/itsm/api/v1/dc");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task FileRoutes_NotServed_Answer404()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();

        var (download, _) = await tenant.GetAsync($"dc/incident/data/{id}/link/file/abc");
        var (upload, _) = await tenant.SendAsync(HttpMethod.Post, $"dc/incident/data/{id}/link/file", "{}");

        Assert.Equal(404, download);
        Assert.Equal(404, upload);
        Assert.Equal(2, tenant.Esm.Log.CountOf(Matrix42.JiraConnector.Testing.Esm.FakeEsmRoutes.Unknown));
    }

    [Fact]
    public async Task Request_ConfiguredOnPremisesBasePath_IsServedThere()
    {
        var esm = new Matrix42.JiraConnector.Testing.Esm.FakeEsm(
            new Matrix42.JiraConnector.Testing.Esm.FakeEsmOptions { BasePath = "/itsm/api/v1" });
        using var http = new HttpClient(esm.CreateHandler()) { BaseAddress = esm.ApiBaseAddress };

        using var response = await http.GetAsync("echo?message=on-prem");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("https://esm.fake/itsm/api/v1/", esm.ApiBaseAddress.ToString());
        Assert.Equal("on-prem", (string?)body["message"]);
    }
}
