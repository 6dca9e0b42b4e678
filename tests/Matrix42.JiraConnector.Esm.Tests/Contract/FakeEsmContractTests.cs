using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Esm.Tests.Contract;

/// <summary>The client against the fake ESM tenant: the two follow the same reference and must meet.</summary>
public sealed class FakeEsmContractTests : IDisposable
{
    private readonly FakeEsmTenant _tenant = new();

    private FakeEsm Esm => _tenant.Esm;

    private EsmClient Client => _tenant.Client;

    [Fact]
    public async Task CreateThenRead_EveryValueType_RoundTrips()
    {
        var person = Esm.AddCard("person", "people", new Dictionary<string, object?> { ["full_name"] = "Jane Doe" });
        var opened = new DateTimeOffset(2024, 5, 31, 10, 15, 0, TimeSpan.FromHours(2));
        var data = new EsmAttributeSet()
            .Set("task_id", EsmValue.Text("10042"))
            .Set("effort", EsmValue.Number(2.5m))
            .Set("due", EsmValue.Date(new DateOnly(2024, 6, 1)))
            .Set("opened", EsmValue.DateTime(opened))
            .Set("status", EsmValue.Static("1 - New"))
            .Set("owner", EsmValue.Reference(person.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Set("links", EsmValue.ExternalReference("Jira", "https://jira.example/browse/A-1"));

        var created = await Client.CreateAsync("incident", "incidents", data);
        await Client.AddAttributeValuesAsync("incident", created.DataCardId, "comments", [EsmValue.Worklog("Synced")]);
        var card = await Client.GetCardAsync("incident", created.DataCardId);

        Assert.False(created.IsPartialFailure);
        Assert.NotNull(card);
        Assert.Equal("10042", card.FirstValueOf<EsmTextValue>("task_id")!.Value);
        Assert.Equal(2.5m, card.FirstValueOf<EsmNumberValue>("effort")!.Value);
        Assert.Equal(new DateOnly(2024, 6, 1), card.FirstValueOf<EsmDateValue>("due")!.Value);
        Assert.Equal(opened, card.FirstValueOf<EsmDateTimeValue>("opened")!.Value);
        Assert.Equal(("1 - New", "new"), (card.FirstValueOf<EsmStaticValue>("status")!.Value,
            card.FirstValueOf<EsmStaticValue>("status")!.Code));
        Assert.Equal(person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            card.FirstValueOf<EsmReferenceValue>("owner")!.DataCardId);
        Assert.Equal("https://jira.example/browse/A-1",
            card.FirstValueOf<EsmExternalReferenceValue>("links")!.Location);
        Assert.Equal("Synced", card.FirstValueOf<EsmWorklogValue>("comments")!.Value);
    }

    [Fact]
    public async Task QueryAsync_SeveralPagesAndNullSafeNotEqual_ReturnsEveryMatchOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            Esm.AddCard("incident", "incidents", new Dictionary<string, object?>
            {
                ["task_id"] = "T" + i,
                ["status"] = i switch { 0 => "5 - Removed", 1 => null, _ => "1 - New" },
            });
        }

        var cards = await Client.QueryAsync("incident", Eql.Attr("status").Ne("5 - Removed"), ["task_id"], pageSize: 2)
            .ToListAsync();

        Assert.Equal(["T4", "T3", "T2", "T1"], cards.Select(c => c.FirstValueOf<EsmTextValue>("task_id")!.Value));
    }

    [Fact]
    public async Task ModifyAsync_OnlyTheGivenAttributesChange()
    {
        var id = Esm.AddCard("incident", "incidents", new Dictionary<string, object?> { ["task_id"] = "A",
            ["summary"] = "old" });

        await Client.ModifyAsync("incident", Id(id), new EsmAttributeSet().Set("summary", EsmValue.Text("new")));

        var card = Esm.FindCard(id)!;
        Assert.Equal(("A", "new"), (card.ValueOf("task_id"), card.ValueOf("summary")));
    }

    [Fact]
    public async Task UpsertAsync_CreateResponseLost_LeavesExactlyOneCard()
    {
        Esm.Faults.Add(new FaultRule { Kind = FaultKind.ResponseLost, Method = "POST",
            PathPattern = "**/dc/incident/data", MaxCount = 1 });

        var result = await _tenant.DriveAsync(Client.UpsertAsync(
            "incident", "incidents", "task_id", "10042", new EsmAttributeSet().Set("summary", EsmValue.Text("s"))));
        var again = await Client.UpsertAsync(
            "incident", "incidents", "task_id", "10042", new EsmAttributeSet().Set("summary", EsmValue.Text("t")));

        Assert.True(result.Reconciled);
        Assert.Equal(result.DataCardId, again.DataCardId);
        Assert.False(again.Created);
        Assert.Equal(1, Esm.CountCards("incident"));
        Assert.Equal("t", Esm.GetCards("incident").Single().ValueOf("summary"));
    }

    [Fact]
    public async Task Token_ExpiringOrInvalidated_IsRenewedWithoutFailingACall()
    {
        await Client.CheckConnectionAsync();
        _tenant.Time.Advance(TimeSpan.FromMinutes(16));
        await Client.CheckConnectionAsync();
        Esm.InvalidateTokens();
        await Client.CheckConnectionAsync();

        Assert.Equal(3, Esm.Log.Entries.Count(e => e.Path.EndsWith("/users/login", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BulkImportAsync_OneBadStaticValue_IsReportedOnItsItemAsAPartialFailure()
    {
        var items = new[]
        {
            EsmBulkItem.Create("incidents", new EsmAttributeSet().Set("task_id", EsmValue.Text("ok"))),
            EsmBulkItem.Create("incidents", new EsmAttributeSet().Set("status", EsmValue.Static("9 - Nope"))),
        };

        var result = await Client.BulkImportAsync("incident", items);

        Assert.True(result.IsPartialFailure);
        Assert.True(result.Items[0].Succeeded);
        Assert.Equal("status", result.Items[1].AttributeErrors.Single().AttributeCode);
        Assert.DoesNotContain(Esm.GetCards("incident"), c => c.ValueOf("status") is not null);
    }

    [Fact]
    public async Task TrashAsync_Twice_SecondIsAlreadyInTrash()
    {
        var id = Id(Esm.AddCard("incident", "incidents"));

        Assert.Equal(EsmTrashOutcome.Trashed, await Client.TrashAsync("incident", id));
        Assert.Equal(EsmTrashOutcome.AlreadyInTrash, await Client.TrashAsync("incident", id));
    }

    [Fact]
    public async Task Errors_UnknownTemplateAndForbiddenTemplate_AreTyped()
    {
        await Assert.ThrowsAsync<EsmNotFoundException>(() => Client.GetTemplateAsync("nothing"));
        Esm.ForbidTemplate("incident");

        var forbidden = await Assert.ThrowsAsync<EsmApiException>(() =>
            Client.QueryAsync("incident").ToListAsync().AsTask());

        Assert.Equal(403, forbidden.StatusCode);
    }

    [Fact]
    public async Task QueryAsync_TenantAnswering404ForNoMatch_IsEmpty()
    {
        using var tenant = new FakeEsmTenant(new FakeEsmOptions { NotFoundWhenFilterMatchesNothing = true });

        var cards = await tenant.Client.QueryAsync("incident", Eql.Attr("task_id").Eq("none")).ToListAsync();

        Assert.Empty(cards);
    }

    [Fact]
    public async Task Read_RateLimitedOnce_IsRetriedAfterRetryAfter()
    {
        Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.TooManyRequests, Method = "GET", PathPattern = "**/dc/incident", MaxCount = 1,
            RetryAfter = TimeSpan.FromSeconds(3),
        });

        var template = await _tenant.DriveAsync(Client.GetTemplateAsync("incident"));

        Assert.Equal("status", template.Attributes["status"].Code);
        Assert.Equal(2, Esm.Log.Entries.Count(e => e.Path.EndsWith("/dc/incident", StringComparison.Ordinal)));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _tenant.Dispose();
}
