namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmAttributeTests
{
    [Fact]
    public async Task GetAttribute_Filled_ReturnsElementWithNameTypeValues()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x", new Dictionary<string, object?> { ["status"] = "1 - New" });
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync($"dc/incident/data/{id}/status");

        Assert.Equal(200, status);
        Assert.Equal("static-value", (string?)body!["type"]);
        Assert.Equal("1 - New", (string?)body["values"]![0]!["value"]);
        Assert.Equal("new", (string?)body["values"]![0]!["code"]);
    }

    [Fact]
    public async Task GetAttribute_Unknown_Answers404()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();

        var (status, _) = await tenant.GetAsync($"dc/incident/data/{id}/colour");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task ReplaceAttribute_MultiValue_ReplacesAllValues()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x", new Dictionary<string, object?> { ["labels"] = new[] { "a", "b" } });
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(
            HttpMethod.Put,
            $"dc/incident/data/{id}/labels",
            """{"values":[{"value":"c"}]}""");

        Assert.Equal(200, status);
        Assert.Equal(200, (int?)body!["code"]);
        Assert.Equal(["c"], tenant.Esm.FindCard(id)!.ValuesOf("labels").Select(v => v.Value));
    }

    [Fact]
    public async Task ReplaceAttribute_InvalidValue_Answers400AndKeepsValue()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x", new Dictionary<string, object?> { ["status"] = "1 - New" });
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(
            HttpMethod.Put,
            $"dc/incident/data/{id}/status",
            """{"values":[{"value":"nope"}]}""");

        Assert.Equal(400, status);
        Assert.Contains("nope", (string?)body!["message"], StringComparison.Ordinal);
        Assert.Equal("1 - New", tenant.Esm.FindCard(id)!.ValueOf("status"));
    }

    [Fact]
    public async Task AddValues_MultiValue_AppendsAfterExisting()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x", new Dictionary<string, object?> { ["labels"] = "a" });
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(
            HttpMethod.Post,
            $"dc/incident/data/{id}/labels",
            """{"values":[{"value":"b"},{"value":"c"}]}""");

        Assert.Equal(200, status);
        Assert.Equal(["a", "b", "c"], tenant.Esm.FindCard(id)!.ValuesOf("labels").Select(v => v.Value));
    }

    [Fact]
    public async Task AddValues_SingleValueAlreadySet_Answers400()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x", new Dictionary<string, object?> { ["task_id"] = "T1" });
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(
            HttpMethod.Post,
            $"dc/incident/data/{id}/task_id",
            """{"values":[{"value":"T2"}]}""");

        Assert.Equal(400, status);
        Assert.Equal("T1", tenant.Esm.FindCard(id)!.ValueOf("task_id"));
    }

    [Fact]
    public async Task AddValues_SingleValueEmpty_SetsIt()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(
            HttpMethod.Post,
            $"dc/incident/data/{id}/task_id",
            """{"values":[{"value":"T2"}]}""");

        Assert.Equal(200, status);
        Assert.Equal("T2", tenant.Esm.FindCard(id)!.ValueOf("task_id"));
    }

    [Fact]
    public async Task AddValues_Worklog_AddsCommentNewestFirstWithAuthorAndDate()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();

        await tenant.SendAsync(HttpMethod.Post, $"dc/incident/data/{id}/comments", """{"values":[{"value":"one"}]}""");
        tenant.Clock.Advance(TimeSpan.FromSeconds(30));
        await tenant.SendAsync(HttpMethod.Post, $"dc/incident/data/{id}/comments", """{"values":[{"value":"two"}]}""");
        var (_, element) = await tenant.GetAsync($"dc/incident/data/{id}/comments");

        var values = element!["values"]!.AsArray();
        Assert.Equal(["two", "one"], values.Select(v => (string?)v!["value"]));
        Assert.Equal(EsmTenant.Login, (string?)values[0]!["author"]);
        Assert.Equal("2026-03-02T09:00:30Z", (string?)values[0]!["date"]);
    }

    [Fact]
    public async Task ClearAttribute_Filled_EmptiesIt()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x", new Dictionary<string, object?> { ["task_id"] = "T1" });
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(HttpMethod.Delete, $"dc/incident/data/{id}/task_id");

        Assert.Equal(200, status);
        Assert.Null(tenant.Esm.FindCard(id)!.ValueOf("task_id"));
    }
}
