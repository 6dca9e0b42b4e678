using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmWriteTests
{
    [Fact]
    public async Task Create_ValidCard_Answers201WithIdAndStoresValues()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(HttpMethod.Post, "dc/incident/data", """
            {"folderCode":"incidents","data":{
              "subject":{"values":[{"value":"Printer jam"}]},
              "priority":{"values":[{"value":2}]},
              "status":{"values":[{"value":"2 - Solving"}]},
              "reported":{"values":[{"value":"2026-03-01T10:00:00+0200"}]}}}
            """);

        Assert.Equal(201, status);
        Assert.Empty(body!["meta"]!["errors"]!.AsArray());
        var id = long.Parse((string)body["dataCard"]!["dataCardId"]!);
        var card = tenant.Esm.FindCard(id)!;
        Assert.Equal("Printer jam", card.Name);
        Assert.Equal("2", card.ValueOf("priority"));
        Assert.Equal("solving", card.ValuesOf("status")[0].Code);
        Assert.Equal("2026-03-01T08:00:00Z", card.ValueOf("reported"));
        Assert.Equal("incidents", card.FolderCode);
    }

    [Fact]
    public async Task Create_Twice_GivesIncreasingIds()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();
        const string json = """{"folderCode":"incidents","data":{}}""";

        var (_, first) = await tenant.SendAsync(HttpMethod.Post, "dc/incident/data", json);
        var (_, second) = await tenant.SendAsync(HttpMethod.Post, "dc/incident/data", json);

        Assert.True(long.Parse((string)second!["dataCard"]!["dataCardId"]!) >
                    long.Parse((string)first!["dataCard"]!["dataCardId"]!));
    }

    [Fact]
    public async Task Create_BadAttributes_SavesTheRestAndReportsEachInMetaErrors()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(HttpMethod.Post, "dc/incident/data", """
            {"folderCode":"incidents","data":{
              "subject":{"values":[{"value":"kept"}]},
              "status":{"values":[{"value":"9 - Unknown"}]},
              "priority":{"values":[{"value":"high"}]},
              "colour":{"values":[{"value":"red"}]}}}
            """);

        Assert.Equal(201, status);
        var errors = body!["meta"]!["errors"]!.AsArray();
        Assert.Equal(3, errors.Count);
        var byCode = errors.ToDictionary(e => (string)e!["attributeCode"]!);
        Assert.Equal("static-value", (string?)byCode["status"]!["attributeType"]);
        Assert.Equal("number", (string?)byCode["priority"]!["attributeType"]);
        Assert.Null(byCode["colour"]!["attributeType"]);
        Assert.All(errors, e => Assert.Equal("Bad Request", (string?)e!["error"]));
        var card = tenant.Esm.FindCard(long.Parse((string)body["dataCard"]!["dataCardId"]!))!;
        Assert.Equal("kept", card.ValueOf("subject"));
        Assert.Null(card.ValueOf("status"));
    }

    [Theory]
    [InlineData("""{"data":{}}""")]
    [InlineData("""{"folderCode":"elsewhere","data":{}}""")]
    [InlineData("""{"folderCode":"incidents"}""")]
    [InlineData("""not json""")]
    [InlineData("""[]""")]
    [InlineData("""{"folderCode":"incidents","folderCode":"archive","data":{}}""")]
    public async Task Create_BadRequestBody_Answers400AndCreatesNothing(string json)
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(HttpMethod.Post, "dc/incident/data", json);

        Assert.Equal(400, status);
        Assert.Equal(400, (int?)body!["code"]);
        Assert.Equal(0, tenant.Esm.CountCards("incident", includeTrashed: true));
    }

    [Theory]
    [InlineData("subject", """[{"value":"a"},{"value":"b"}]""")]
    [InlineData("subject", """[{"value":3}]""")]
    [InlineData("due", """[{"value":"31.05.2026"}]""")]
    [InlineData("reported", """[{"value":"2026-05-31T10:00:00"}]""")]
    [InlineData("owner", """[{"dataCardId":"424242"}]""")]
    [InlineData("owner", """[{"name":"Jane Doe"}]""")]
    [InlineData("link", """[{"name":"x"}]""")]
    [InlineData("status", """[{"code":"nope"}]""")]
    [InlineData("status", """[{"value":"1 - New","code":"removed"}]""")]
    public async Task Create_InvalidValue_ReportsAttributeError(string attribute, string values)
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(
            HttpMethod.Post,
            "dc/incident/data",
            """{"folderCode":"incidents","data":{"ID":{"values":VALUES}}}"""
                .Replace("ID", attribute).Replace("VALUES", values));

        Assert.Equal(201, status);
        Assert.Equal(attribute, (string?)body!["meta"]!["errors"]![0]!["attributeCode"]);
    }

    [Fact]
    public async Task Create_ReferenceToWrongTemplate_ReportsAttributeError()
    {
        using var tenant = new EsmTenant();
        var other = tenant.AddIncident("not a person");
        await tenant.LogInAsync();

        var (_, body) = await tenant.SendAsync(
            HttpMethod.Post,
            "dc/incident/data",
            """{"folderCode":"incidents","data":{"owner":{"values":[{"dataCardId":"ID"}]}}}"""
                .Replace("ID", other.ToString()));

        Assert.Equal("reference", (string?)body!["meta"]!["errors"]![0]!["attributeType"]);
    }

    [Fact]
    public async Task Create_DataCardsTrue_ReturnsFullCard()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (_, body) = await tenant.SendAsync(
            HttpMethod.Post,
            "dc/incident/data?dataCards=true",
            """{"folderCode":"incidents","data":{"subject":{"values":[{"value":"x"}]}}}""");

        Assert.Equal("x", (string?)body!["dataCard"]!["data"]!["subject"]!["values"]![0]!["value"]);
    }

    [Fact]
    public async Task Modify_SomeAttributes_ChangesOnlyThose()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("old", new Dictionary<string, object?> { ["task_id"] = "T1", ["priority"] = 1 });
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(
            HttpMethod.Patch,
            $"dc/incident/data/{id}",
            """
            {"dataCardId":"ID","folderCode":"archive",
             "data":{"subject":{"values":[{"value":"new"}]},"priority":{"values":[]}}}
            """
                .Replace("ID", id.ToString()));

        Assert.Equal(200, status);
        Assert.Equal(id.ToString(), (string?)body!["dataCard"]!["dataCardId"]);
        var card = tenant.Esm.FindCard(id)!;
        Assert.Equal("new", card.ValueOf("subject"));
        Assert.Equal("T1", card.ValueOf("task_id"));
        Assert.Null(card.ValueOf("priority"));
        Assert.Equal("archive", card.FolderCode);
    }

    [Theory]
    [InlineData("""{"data":{}}""")]
    [InlineData("""{"dataCardId":"1","data":{}}""")]
    [InlineData("""{"dataCardId":"ID","folderCode":"elsewhere","data":{}}""")]
    public async Task Modify_BadRequestBody_Answers400(string template)
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(
            HttpMethod.Patch,
            $"dc/incident/data/{id}",
            template.Replace("ID", id.ToString()));

        Assert.Equal(400, status);
        Assert.Equal("x", tenant.Esm.FindCard(id)!.ValueOf("subject"));
    }

    [Fact]
    public async Task Modify_UnknownCard_Answers404()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(
            HttpMethod.Patch,
            "dc/incident/data/5",
            """{"dataCardId":"5","data":{}}""");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Modify_Worklog_AddsEntryOnTopWithAuthorAndTime()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();
        const string first = """{"dataCardId":"ID","data":{"comments":{"values":[{"value":"first"}]}}}""";
        const string second = """{"dataCardId":"ID","data":{"comments":{"values":[{"value":"second"}]}}}""";

        await tenant.SendAsync(HttpMethod.Patch, $"dc/incident/data/{id}", first.Replace("ID", id.ToString()));
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        await tenant.SendAsync(HttpMethod.Patch, $"dc/incident/data/{id}", second.Replace("ID", id.ToString()));

        var entries = tenant.Esm.FindCard(id)!.ValuesOf("comments");
        Assert.Equal(["second", "first"], entries.Select(e => e.Value));
        Assert.Equal(EsmTenant.Login, entries[0].Author);
        Assert.Equal(tenant.Clock.GetUtcNow(), entries[0].WrittenAt);
    }

    [Fact]
    public async Task Bulk_OneBadItem_SavesOthersAndReportsPerItem()
    {
        using var tenant = new EsmTenant();
        var existing = tenant.AddIncident("before");
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(HttpMethod.Put, "dc/incident/data", """
            [
              {"folderCode":"incidents","data":{"subject":{"values":[{"value":"created"}]}}},
              {"dataCardId":"ID","data":{"subject":{"values":[{"value":"after"}]}}},
              {"dataCardId":"999999","data":{"subject":{"values":[{"value":"ghost"}]}}},
              {"folderCode":"incidents",
               "data":{"subject":{"values":[{"value":"partial"}]},"status":{"values":[{"value":"bad"}]}}}
            ]
            """.Replace("ID", existing.ToString()));

        Assert.Equal(200, status);
        var result = body!["meta"]!["importResult"]!;
        Assert.Equal(4, (int?)result["handledDataCards"]);
        Assert.Equal(3, (int?)result["savedDataCards"]);
        Assert.Equal(1, (int?)result["notSavedDataCards"]);
        var items = body["data"]!.AsArray();
        Assert.Empty(items[0]!["errors"]!.AsArray());
        Assert.Equal("created", (string?)items[0]!["dataCard"]!["name"]);
        Assert.Equal(existing.ToString(), (string?)items[1]!["dataCard"]!["dataCardId"]);
        Assert.Null(items[2]!["dataCard"]);
        Assert.Single(items[2]!["errors"]!.AsArray());
        Assert.Equal("status", (string?)items[3]!["errors"]![0]!["attributeCode"]);
        Assert.Equal("after", tenant.Esm.FindCard(existing)!.Name);
        Assert.Equal(["after", "created", "partial"], tenant.Esm.GetCards("incident").Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Bulk_NotAnArray_Answers400()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(HttpMethod.Put, "dc/incident/data", """{"folderCode":"incidents"}""");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Trash_Twice_Answers200Then409AndCardStaysReadable()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("x");
        await tenant.LogInAsync();

        var (first, ok) = await tenant.SendAsync(HttpMethod.Delete, $"dc/incident/data/{id}");
        var (second, conflict) = await tenant.SendAsync(HttpMethod.Delete, $"dc/incident/data/{id}");
        var (read, card) = await tenant.GetAsync($"dc/incident/data/{id}");

        Assert.Equal(200, first);
        Assert.Equal(200, (int?)ok!["code"]);
        Assert.Equal(409, second);
        Assert.Equal("Conflict", (string?)conflict!["error"]);
        Assert.Equal(200, read);
        Assert.True((bool)card!["deleted"]!);
        Assert.Equal(0, tenant.Esm.CountCards("incident"));
        Assert.Equal(1, tenant.Esm.CountCards("incident", includeTrashed: true));
    }

    [Fact]
    public async Task Trash_UnknownCard_Answers404()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(HttpMethod.Delete, "dc/incident/data/77");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Request_UnsupportedMethod_Answers405()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(HttpMethod.Delete, "dc/incident");

        Assert.Equal(405, status);
    }
}
