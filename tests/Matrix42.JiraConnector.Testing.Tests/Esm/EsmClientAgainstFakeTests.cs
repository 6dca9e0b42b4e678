using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

/// <summary>The real ESM client, resilience pipeline included, against the fake: the proof that the two meet.</summary>
public sealed class EsmClientAgainstFakeTests : IDisposable
{
    private readonly EsmTenant _tenant = new();

    [Fact]
    public async Task GetTemplateAsync_Incident_ReadsTypesStaticValuesTargetsAndFolders()
    {
        using var client = Client(_tenant.Esm);

        var templates = await client.GetTemplatesAsync();
        var incident = await client.GetTemplateAsync("incident");

        Assert.Equal(["person", "incident"], templates.Select(t => t.TemplateCode));
        Assert.Equal(["incidents", "archive"], incident.AllowedFolders.Select(f => f.FolderCode));
        Assert.Equal("static-value", incident.Attributes["status"].Type);
        Assert.Equal(3, incident.Attributes["status"].AllowedValues.Count);
        Assert.Equal(["person"], incident.Attributes["owner"].Targets);
        Assert.True(incident.Attributes["labels"].MultiValue);
    }

    [Fact]
    public async Task QueryAsync_FilterOverSeveralPages_StreamsAllMatchesNewestFirst()
    {
        var expected = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var id = _tenant.AddIncident($"Issue {i}", new Dictionary<string, object?>
            {
                ["task_id"] = "T1",
                ["status"] = i == 3 ? "5 - Removed" : "1 - New",
            });
            if (i != 3)
            {
                expected.Insert(0, id);
            }
        }

        _tenant.AddIncident("other task", new Dictionary<string, object?> { ["task_id"] = "T2" });
        using var client = Client(_tenant.Esm);
        var filter = Eql.Attr("task_id").Eq("T1").And(Eql.Attr("status").Ne("5 - Removed"));

        var cards = await client.QueryAsync("incident", filter, ["task_id", "status"], pageSize: 2).ToListAsync();

        Assert.Equal(expected.Select(id => id.ToString()), cards.Select(c => c.DataCardId));

        // Six matches fill three pages of two; only the fourth, empty page tells the client it is done.
        Assert.Equal(4, _tenant.Esm.Log.CountOf(FakeEsmRoutes.Query));
    }

    [Fact]
    public async Task CreateAsync_EveryValueType_RoundTripsThroughGetCardAsync()
    {
        var owner = _tenant.Esm.AddCard("person", "people", new Dictionary<string, object?> { ["full_name"] = "Jane" });
        using var client = Client(_tenant.Esm);
        var data = new EsmAttributeSet()
            .Set("subject", EsmValue.Text("Printer jam"))
            .Set("labels", EsmValue.Text("a"), EsmValue.Text("b"))
            .Set("priority", EsmValue.Number(2.5m))
            .Set("due", EsmValue.Date(new DateOnly(2026, 5, 31)))
            .Set("reported", EsmValue.DateTime(new DateTimeOffset(2026, 5, 31, 10, 0, 0, TimeSpan.FromHours(2))))
            .Set("status", EsmValue.Static("2 - Solving"))
            .Set("owner", EsmValue.Reference(owner.ToString()))
            .Set("link", EsmValue.ExternalReference("Docs", "https://docs.example/x"))
            .Set("comments", EsmValue.Worklog("first note"));

        var created = await client.CreateAsync("incident", "incidents", data);
        var card = await client.GetCardAsync("incident", created.DataCardId);

        Assert.True(created.Created);
        Assert.False(created.IsPartialFailure);
        Assert.NotNull(card);
        Assert.Equal("Printer jam", card.Name);
        Assert.Equal(["a", "b"], card.ValuesOf("labels").Cast<EsmTextValue>().Select(v => v.Value));
        Assert.Equal(2.5m, card.FirstValueOf<EsmNumberValue>("priority")!.Value);
        Assert.Equal(new DateOnly(2026, 5, 31), card.FirstValueOf<EsmDateValue>("due")!.Value);
        Assert.Equal(
            new DateTimeOffset(2026, 5, 31, 8, 0, 0, TimeSpan.Zero),
            card.FirstValueOf<EsmDateTimeValue>("reported")!.Value);
        Assert.Equal("solving", card.FirstValueOf<EsmStaticValue>("status")!.Code);
        Assert.Equal("Jane", card.FirstValueOf<EsmReferenceValue>("owner")!.Name);
        Assert.Equal("https://docs.example/x", card.FirstValueOf<EsmExternalReferenceValue>("link")!.Location);
        Assert.Equal(EsmTenant.Login, card.FirstValueOf<EsmWorklogValue>("comments")!.Author);
    }

    [Fact]
    public async Task CreateAsync_UnknownStaticValue_IsPartialFailureNamingTheAttribute()
    {
        using var client = Client(_tenant.Esm);
        var data = new EsmAttributeSet().Set("subject", EsmValue.Text("x")).Set("status", EsmValue.Static("9 - Nope"));

        var result = await client.CreateAsync("incident", "incidents", data);

        Assert.True(result.IsPartialFailure);
        var error = Assert.Single(result.AttributeErrors);
        Assert.Equal("status", error.AttributeCode);
        Assert.Equal("static-value", error.AttributeType);
    }

    [Fact]
    public async Task ModifyAsync_OneAttribute_LeavesOthersUnchanged()
    {
        var id = _tenant.AddIncident("old", new Dictionary<string, object?> { ["task_id"] = "T1" });
        using var client = Client(_tenant.Esm);

        await client.ModifyAsync("incident", id.ToString(), new EsmAttributeSet().Set("subject", EsmValue.Text("new")));

        var card = _tenant.Esm.FindCard(id)!;
        Assert.Equal("new", card.ValueOf("subject"));
        Assert.Equal("T1", card.ValueOf("task_id"));
    }

    [Fact]
    public async Task BulkImportAsync_OneBadItem_ReportsItAlone()
    {
        var existing = _tenant.AddIncident("before");
        using var client = Client(_tenant.Esm);
        EsmBulkItem[] items =
        [
            EsmBulkItem.Create("incidents", new EsmAttributeSet().Set("subject", EsmValue.Text("new"))),
            EsmBulkItem.Modify(existing.ToString(), new EsmAttributeSet().Set("subject", EsmValue.Text("after"))),
            EsmBulkItem.Modify("999999", new EsmAttributeSet().Set("subject", EsmValue.Text("ghost"))),
        ];

        var result = await client.BulkImportAsync("incident", items);

        Assert.True(result.IsPartialFailure);
        Assert.Equal(2, result.SavedCount);
        Assert.Equal(1, result.NotSavedCount);
        Assert.Equal([true, true, false], result.Items.Select(i => i.Succeeded));
        Assert.Equal(["after", "new"], _tenant.Esm.GetCards("incident").Select(c => c.Name));
    }

    [Fact]
    public async Task TrashAsync_Twice_ReportsTrashedThenAlreadyInTrash()
    {
        var id = _tenant.AddIncident("x").ToString();
        using var client = Client(_tenant.Esm);

        var first = await client.TrashAsync("incident", id);
        var second = await client.TrashAsync("incident", id);

        Assert.Equal(EsmTrashOutcome.Trashed, first);
        Assert.Equal(EsmTrashOutcome.AlreadyInTrash, second);
        Assert.Equal(0, _tenant.Esm.CountCards("incident"));
    }

    [Fact]
    public async Task AttributeOperations_ReplaceAddClear_ChangeTheStoredValues()
    {
        var values = new Dictionary<string, object?> { ["labels"] = "a", ["task_id"] = "T1" };
        var id = _tenant.AddIncident("x", values).ToString();
        using var client = Client(_tenant.Esm);

        await client.ReplaceAttributeAsync("incident", id, "labels", [EsmValue.Text("b")]);
        await client.AddAttributeValuesAsync("incident", id, "labels", [EsmValue.Text("c")]);
        await client.AddAttributeValuesAsync("incident", id, "comments", [EsmValue.Worklog("hello")]);
        await client.ClearAttributeAsync("incident", id, "task_id");

        var card = _tenant.Esm.FindCard(long.Parse(id))!;
        Assert.Equal(["b", "c"], card.ValuesOf("labels").Select(v => v.Value));
        Assert.Equal("hello", card.ValueOf("comments"));
        Assert.Null(card.ValueOf("task_id"));
    }

    [Fact]
    public async Task GetTemplateAsync_Unknown_ThrowsNotFound()
    {
        using var client = Client(_tenant.Esm);

        var error = await Assert.ThrowsAsync<EsmNotFoundException>(() => client.GetTemplateAsync("nothing"));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Client_TokenExpiresWithFakeClock_RenewsByLoggingInAgainWithout401()
    {
        var clock = _tenant.Clock;
        using var client = Client(_tenant.Esm, clock);

        await client.GetTemplatesAsync();
        clock.Advance(TimeSpan.FromMinutes(15));
        await client.GetTemplatesAsync();

        Assert.Equal(2, _tenant.Esm.Log.CountOf(FakeEsmRoutes.Login));
        Assert.DoesNotContain(_tenant.Esm.Log.Entries, e => e.Status == 401);
    }

    [Fact]
    public async Task Client_TokenRejectedBy401_LogsInOnceAndReplays()
    {
        var id = _tenant.AddIncident("x").ToString();

        // Client and tenant share one clock, so the client trusts the token's expiry.
        using var client = Client(_tenant.Esm, _tenant.Clock);
        await client.GetCardAsync("incident", id);

        _tenant.Esm.InvalidateTokens();
        var card = await client.GetCardAsync("incident", id);

        Assert.Equal(id, card?.DataCardId);
        Assert.Equal(2, _tenant.Esm.Log.CountOf(FakeEsmRoutes.Login));
        Assert.Equal(
            [200, 401, 200],
            _tenant.Esm.Log.Entries.Where(e => e.Route == FakeEsmRoutes.GetCard).Select(e => e.Status));
    }

    [Fact]
    public async Task Client_ServiceUnavailableOnQuery_RetriesAndSucceeds()
    {
        _tenant.AddIncident("x");
        _tenant.Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServiceUnavailable,
            PathPattern = "**/data",
            RetryAfter = TimeSpan.Zero,
            MaxCount = 2,
        });
        using var client = Client(_tenant.Esm);

        var cards = await client.QueryAsync("incident").ToListAsync();

        Assert.Single(cards);
        Assert.Equal(3, _tenant.Esm.Log.CountOf(FakeEsmRoutes.Query));
    }

    [Fact]
    public async Task UpsertAsync_CreateResponseLost_ReconcilesToOneCard()
    {
        _tenant.Esm.Faults.Add(FaultKind.ResponseLost, pathPattern: "**/dc/incident/data", method: "POST", maxCount: 1);
        using var client = Client(_tenant.Esm);
        var data = new EsmAttributeSet().Set("subject", EsmValue.Text("once")).Set("task_id", EsmValue.Text("K-1"));

        try
        {
            await client.UpsertAsync("incident", "incidents", "task_id", "K-1", data);
        }
        catch (EsmUnknownOutcomeException)
        {
            // Either reconciling or reporting the unknown outcome is acceptable; a second card is not.
        }

        Assert.Equal(1, _tenant.Esm.CountCards("incident"));
    }

    [Fact]
    public async Task Client_OverLoopbackSocket_CreatesAndQueries()
    {
        await using var server = _tenant.Esm.StartLoopback();
        using var client = EsmClientFactory.Create(new EsmClientOptions
        {
            BaseAddress = server.BaseAddress,
            Login = EsmTenant.Login,
            Password = EsmTenant.Password,
            AllowInsecureLoopback = true,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });

        var data = new EsmAttributeSet().Set("subject", EsmValue.Text("net"));
        var created = await client.CreateAsync("incident", "incidents", data);
        var cards = await client.QueryAsync("incident").ToListAsync();

        Assert.Equal([created.DataCardId], cards.Select(c => c.DataCardId));
    }

    public void Dispose() => _tenant.Dispose();

    private static EsmClient Client(FakeEsm esm, FakeTimeProvider? clock = null) =>
        EsmClientFactory.Create(
            new EsmClientOptions
            {
                BaseAddress = new Uri(esm.ApiBaseAddress.GetLeftPart(UriPartial.Authority)),
                ApiPath = esm.BasePath,
                Login = EsmTenant.Login,
                Password = EsmTenant.Password,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                MaxRetryDelay = TimeSpan.FromMilliseconds(50),
            },
            esm.CreateHandler(),
            clock);
}
