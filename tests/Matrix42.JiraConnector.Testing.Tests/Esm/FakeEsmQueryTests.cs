using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmQueryTests
{
    [Fact]
    public async Task List_FilterIdPaging_ReturnsDescendingIdsAndEndsOnShortPage()
    {
        using var tenant = new EsmTenant();
        var ids = Enumerable.Range(1, 5).Select(i => tenant.AddIncident($"Issue {i}")).ToList();
        await tenant.LogInAsync();

        var seen = new List<long>();
        var pages = 0;
        long filterId = 0;
        while (true)
        {
            var (status, body) = await tenant.GetAsync($"dc/incident/data?limit=2&filterId={filterId}");
            Assert.Equal(200, status);
            pages++;
            var data = body!["data"]!.AsArray();
            seen.AddRange(data.Select(d => long.Parse((string)d!["dataCardId"]!)));
            if (data.Count < 2)
            {
                Assert.Null(body["meta"]!["links"]!["next"]);
                break;
            }

            filterId = seen[^1];
        }

        Assert.Equal(3, pages);
        Assert.Equal(ids.OrderByDescending(i => i), seen);
    }

    [Fact]
    public async Task List_FullPage_HasCountLimitAndNextLinkWithLowestId()
    {
        using var tenant = new EsmTenant();
        var ids = Enumerable.Range(1, 3).Select(i => tenant.AddIncident($"Issue {i}")).ToList();
        await tenant.LogInAsync();

        var (_, body) = await tenant.GetAsync("dc/incident/data?limit=2");

        var meta = body!["meta"]!;
        Assert.Equal(2, (int?)meta["count"]);
        Assert.Equal(2, (int?)meta["limit"]);
        Assert.Equal(
            $"https://esm.fake/rest-api/itsm/v1/dc/incident/data?limit=2&filterId={ids[1]}",
            (string?)meta["links"]!["next"]);
    }

    [Fact]
    public async Task List_ExactMultipleOfLimit_LastRequestReturnsEmptyPage()
    {
        using var tenant = new EsmTenant();
        var ids = Enumerable.Range(1, 2).Select(i => tenant.AddIncident($"Issue {i}")).ToList();
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync($"dc/incident/data?limit=2&filterId={ids[0]}");

        Assert.Equal(200, status);
        Assert.Empty(body!["data"]!.AsArray());
        Assert.Equal(0, (int?)body["meta"]!["count"]);
    }

    [Fact]
    public async Task List_DataCardsFalse_ReturnsInfoElementsWithStringIds()
    {
        using var tenant = new EsmTenant();
        var id = tenant.AddIncident("Printer jam");
        await tenant.LogInAsync();

        var (_, body) = await tenant.GetAsync("dc/incident/data");

        var item = body!["data"]![0]!.AsObject();
        Assert.Equal(id.ToString(), item["dataCardId"]!.GetValue<string>());
        Assert.Equal("Printer jam", (string?)item["name"]);
        Assert.Equal($"/dc/incident/data/{id}", (string?)item["url"]);
        Assert.False(item.ContainsKey("data"));
        Assert.Equal(50, (int?)body["meta"]!["limit"]);
    }

    [Fact]
    public async Task List_DataCardsWithSelectedAttributes_ReturnsOnlyThoseAttributes()
    {
        using var tenant = new EsmTenant();
        tenant.AddIncident("Printer jam", new Dictionary<string, object?> { ["task_id"] = "ABC-1", ["priority"] = 3 });
        await tenant.LogInAsync();

        var (_, body) = await tenant.GetAsync("dc/incident/data?dataCards=true&selectedAttributes=task_id,%20priority");

        var data = body!["data"]![0]!["data"]!.AsObject();
        Assert.Equal(["task_id", "priority"], data.Select(p => p.Key));
        Assert.Equal("ABC-1", (string?)data["task_id"]!["values"]![0]!["value"]);
        Assert.Equal(3m, (decimal)data["priority"]!["values"]![0]!["value"]!);
    }

    [Fact]
    public async Task List_TrashedCard_IsLeftOut()
    {
        using var tenant = new EsmTenant();
        var kept = tenant.AddIncident("kept");
        var trashed = tenant.AddIncident("trashed");
        tenant.Esm.MoveToTrash(trashed);
        await tenant.LogInAsync();

        var (_, body) = await tenant.GetAsync("dc/incident/data");

        Assert.Equal([kept.ToString()], body!["data"]!.AsArray().Select(d => (string?)d!["dataCardId"]));
    }

    [Fact]
    public async Task List_Filter_ReturnsOnlyMatchingCards()
    {
        using var tenant = new EsmTenant();
        tenant.AddIncident("a", new Dictionary<string, object?> { ["task_id"] = "T1", ["status"] = "1 - New" });
        var match = tenant.AddIncident("b",
            new Dictionary<string, object?> { ["task_id"] = "T1", ["status"] = "2 - Solving" });
        tenant.AddIncident("c", new Dictionary<string, object?> { ["task_id"] = "T2", ["status"] = "2 - Solving" });
        await tenant.LogInAsync();

        var filter = Uri.EscapeDataString("$task_id$ = 'T1' AND $status$ <> '1 - New'");
        var (status, body) = await tenant.GetAsync($"dc/incident/data?filter={filter}");

        Assert.Equal(200, status);
        Assert.Equal([match.ToString()], body!["data"]!.AsArray().Select(d => (string?)d!["dataCardId"]));
    }

    [Theory]
    [InlineData("$subject$ = ")]
    [InlineData("$nope$ = 'x'")]
    [InlineData("$subject$ == 'x'")]
    [InlineData("NOT $subject$ = 'x'")]
    public async Task List_BadFilter_Answers400WithApiException(string filter)
    {
        using var tenant = new EsmTenant();
        tenant.AddIncident("a");
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync($"dc/incident/data?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(400, status);
        Assert.Equal("Bad Request", (string?)body!["error"]);
        Assert.StartsWith("Invalid filter", (string?)body["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("limit=ten")]
    [InlineData("filterId=-4")]
    [InlineData("dataCards=yes")]
    [InlineData("selectedAttributes=nope")]
    public async Task List_BadParameter_Answers400(string query)
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.GetAsync($"dc/incident/data?{query}");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task List_UnknownTemplate_Answers404()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, _) = await tenant.GetAsync("dc/nothing/data");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task List_FilterMatchesNothingWithNotFoundOption_Answers404()
    {
        using var tenant = new EsmTenant(new FakeEsmOptions { NotFoundWhenFilterMatchesNothing = true });
        tenant.AddIncident("a");
        await tenant.LogInAsync();

        var (none, _) = await tenant.GetAsync($"dc/incident/data?filter={Uri.EscapeDataString("$subject$ = 'b'")}");
        var (some, _) = await tenant.GetAsync($"dc/incident/data?filter={Uri.EscapeDataString("$subject$ = 'a'")}");

        Assert.Equal(404, none);
        Assert.Equal(200, some);
    }

    [Fact]
    public async Task Stream_ManyCards_ReturnsAllMatchesWithoutPaging()
    {
        using var tenant = new EsmTenant();
        for (var i = 0; i < 230; i++)
        {
            tenant.AddIncident($"Issue {i}", new Dictionary<string, object?> { ["priority"] = i % 2 });
        }

        await tenant.LogInAsync();

        var filter = Uri.EscapeDataString("$priority$ = 1");
        var (status, body) = await tenant.GetAsync($"dc/incident/data/stream?filter={filter}");

        Assert.Equal(200, status);
        Assert.Equal(115, body!["data"]!.AsArray().Count);
        Assert.Equal(115, (int?)body["meta"]!["count"]);
    }

    [Fact]
    public async Task GetCard_AllTypes_SerialisesReadShapes()
    {
        using var tenant = new EsmTenant();
        var owner = tenant.Esm.AddCard(
            "person", "people", new Dictionary<string, object?> { ["full_name"] = "Jane Doe" });
        var id = tenant.AddIncident("Printer jam", new Dictionary<string, object?>
        {
            ["labels"] = new[] { "a", "b" },
            ["priority"] = 0.25m,
            ["due"] = new DateOnly(2026, 5, 31),
            ["reported"] = new DateTimeOffset(2026, 5, 31, 10, 15, 0, TimeSpan.FromHours(2)),
            ["status"] = FakeEsmValue.Static("5 - Removed"),
            ["owner"] = owner,
            ["link"] = FakeEsmValue.ExternalReference("Docs", "https://docs.example/x"),
            ["comments"] = FakeEsmValue.Worklog("first", "Jane", new DateTimeOffset(2026, 1, 1, 0, 0, 0, default)),
        });
        await tenant.LogInAsync();

        var (status, card) = await tenant.GetAsync($"dc/incident/data/{id}");

        Assert.Equal(200, status);
        Assert.Equal(id.ToString(), (string?)card!["dataCardId"]);
        Assert.Equal("Printer jam", (string?)card["name"]);
        Assert.Equal("incident", (string?)card["templateCode"]);
        Assert.Equal("Incident", (string?)card["templateName"]);
        Assert.Equal("incidents", (string?)card["folderCode"]);
        Assert.Equal("Incidents", (string?)card["folderName"]);
        Assert.False((bool)card["deleted"]!);
        var data = card["data"]!;
        Assert.Equal(["a", "b"], data["labels"]!["values"]!.AsArray().Select(v => (string?)v!["value"]));
        Assert.Equal("2026-05-31", (string?)data["due"]!["values"]![0]!["value"]);
        Assert.Equal("2026-05-31T08:15:00Z", (string?)data["reported"]!["values"]![0]!["value"]);
        Assert.Equal("removed", (string?)data["status"]!["values"]![0]!["code"]);
        Assert.Equal("Status", (string?)data["status"]!["name"]);
        var reference = data["owner"]!["values"]![0]!;
        Assert.Equal(owner.ToString(), (string?)reference["dataCardId"]);
        Assert.Equal("Jane Doe", (string?)reference["name"]);
        Assert.Equal("person", (string?)reference["templateCode"]);
        Assert.Equal("https://docs.example/x", (string?)data["link"]!["values"]![0]!["location"]);
        Assert.Equal("Jane", (string?)data["comments"]!["values"]![0]!["author"]);
        Assert.Equal("2026-01-01T00:00:00Z", (string?)data["comments"]!["values"]![0]!["date"]);
        Assert.Empty(data["task_id"]!["values"]!.AsArray());
        Assert.Equal("string", (string?)data["task_id"]!["type"]);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    public async Task GetCard_Unknown_Answers404(string id)
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        var (status, body) = await tenant.GetAsync($"dc/incident/data/{id}");

        Assert.Equal(404, status);
        Assert.Equal(404, (int?)body!["code"]);
    }

    [Fact]
    public async Task GetCard_OfOtherTemplate_Answers404()
    {
        using var tenant = new EsmTenant();
        var person = tenant.Esm.AddCard("person", "people");
        await tenant.LogInAsync();

        var (status, _) = await tenant.GetAsync($"dc/incident/data/{person}");

        Assert.Equal(404, status);
    }
}
