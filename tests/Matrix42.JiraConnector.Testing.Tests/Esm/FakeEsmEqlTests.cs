using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

/// <summary>The EQL condition interpreter, driven through the stream endpoint's <c>filter</c>.</summary>
public sealed class FakeEsmEqlTests : IDisposable
{
    private readonly EsmTenant _tenant = new();

    public FakeEsmEqlTests()
    {
        var jane = _tenant.Esm.AddCard(
            "person", "people", new Dictionary<string, object?> { ["full_name"] = "Jane Doe" });
        var john = _tenant.Esm.AddCard(
            "person", "people", new Dictionary<string, object?> { ["full_name"] = "John Roe" });
        _tenant.AddIncident("Alpha", new Dictionary<string, object?>
        {
            ["task_id"] = "ABC-1",
            ["priority"] = 1,
            ["due"] = new DateOnly(2026, 1, 10),
            ["reported"] = new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero),
            ["status"] = "1 - New",
            ["owner"] = jane,
            ["labels"] = new[] { "x", "y" },
        });
        _tenant.AddIncident("Beta", new Dictionary<string, object?>
        {
            ["task_id"] = "ABC-2",
            ["priority"] = 5,
            ["due"] = new DateOnly(2026, 2, 1),
            ["reported"] = new DateTimeOffset(2026, 2, 25, 0, 0, 0, TimeSpan.Zero),
            ["status"] = "2 - Solving",
            ["owner"] = john,
            ["comments"] = FakeEsmValue.Worklog("seen", "Jane", new DateTimeOffset(2026, 2, 25, 0, 0, 0, default)),
        });
        _tenant.AddIncident("Gamma",
            new Dictionary<string, object?> { ["task_id"] = "XYZ-1", ["status"] = "5 - Removed" });
        _tenant.AddIncident("Delta");
    }

    [Theory]
    [InlineData("$task_id$ = 'ABC-1'", "Alpha")]
    [InlineData("$task_id$ LIKE 'ABC%'", "Alpha,Beta")]
    [InlineData("$task_id$ LIKE 'ABC-_'", "Alpha,Beta")]
    [InlineData("$subject$ LIKE '%ta'", "Beta,Delta")]
    [InlineData("$task_id$ LIKE 'abc%'", "")]
    [InlineData("$status$ = '2 - Solving'", "Beta")]
    [InlineData("$status$ <> '5 - Removed'", "Alpha,Beta")]
    [InlineData("$status$ <> '5 - Removed' OR $status$ IS NULL", "Alpha,Beta,Delta")]
    [InlineData("$status$ IS NOT NULL", "Alpha,Beta,Gamma")]
    [InlineData("$priority$ IS NULL", "Delta,Gamma")]
    [InlineData("$priority$ > 1", "Beta")]
    [InlineData("$priority$ < '5'", "Alpha")]
    [InlineData("$priority$ >= 1 AND $priority$ <= 5", "Alpha,Beta")]
    [InlineData("$due$ > '2026-01-15'", "Beta")]
    [InlineData("$due$ = '10.01.2026'", "Alpha")]
    [InlineData("$reported$ < '2026-01-10T09:00:00+01:00'", "")]
    [InlineData("$reported$ <= '2026-01-10T09:00:00+0100'", "Alpha")]
    [InlineData("$reported$ >= '10.01.2026 08:00'", "Alpha,Beta")]
    [InlineData("$reported$ > 'now - 2w'", "Beta")]
    [InlineData("$reported$ < 'now'", "Alpha,Beta")]
    [InlineData("$owner$ = 'Jane Doe'", "Alpha")]
    [InlineData("$owner$ LIKE 'J%'", "Alpha,Beta")]
    [InlineData("$labels$ = 'y'", "Alpha")]
    [InlineData("$labels$ <> 'y'", "Alpha")]
    [InlineData("($task_id$ = 'ABC-1' OR $task_id$ = 'XYZ-1') AND $status$ = '5 - Removed'", "Gamma")]
    [InlineData("$task_id$ = 'ABC-1' OR $task_id$ = 'XYZ-1' AND $status$ = '1 - New'", "Alpha")]
    [InlineData("$task_id$ = 'ABC-1' or $task_id$ = 'ABC-2' and $priority$ = 5", "Alpha,Beta")]
    [InlineData("$comments$ IS NOT NULL", "Beta")]
    [InlineData("$link$ IS NULL AND $subject$ = 'Delta'", "Delta")]
    [InlineData("template.code = 'incident' AND entity.folder.code = 'incidents' AND $subject$ = 'Gamma'", "Gamma")]
    [InlineData("entity.deleted = 0 AND $subject$ = 'Alpha'", "Alpha")]
    [InlineData("((($subject$ = 'Alpha')))", "Alpha")]
    [InlineData("$subject$ LIKE '%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%!'", "")]
    public async Task Filter_Condition_MatchesExpectedCards(string filter, string expected)
    {
        var names = await MatchAsync(filter);

        Assert.Equal(expected, string.Join(',', names));
    }

    [Fact]
    public async Task Filter_EntityId_ComparesNumerically()
    {
        var beta = _tenant.Esm.GetCards("incident").Single(c => c.Name == "Beta");

        var names = await MatchAsync($"entity.id > {beta.Id}");

        Assert.Equal("Delta,Gamma", string.Join(',', names));
    }

    [Theory]
    [InlineData("$subject$ = 'it''s'")]
    [InlineData("$subject$ = 'open")]
    [InlineData("$priority$ = 'high'")]
    [InlineData("$due$ > 'start_week'")]
    [InlineData("$comments$ = 'x'")]
    [InlineData("$priority$ LIKE '1%'")]
    [InlineData("$subject$ IN ('a')")]
    [InlineData("($subject$ = 'a'")]
    [InlineData("$subject$ = 'a')")]
    [InlineData("$subject$ = 'a' ORDER BY $subject$")]
    [InlineData("$subject$ != 'a'")]
    [InlineData("$subject$ NOT LIKE 'a'")]
    [InlineData("entity.deleted > 0")]
    [InlineData("entity.created = 'x'")]
    [InlineData("$subject$ = 'x' AND")]
    [InlineData("$subject$ = ABC")]
    [InlineData("$sub ject$ = 'x'")]
    [InlineData("$subject$ IS EMPTY")]
    [InlineData("$subject$ = 'x' ; DROP")]
    public async Task Filter_UnsupportedOrMalformed_Answers400(string filter)
    {
        await _tenant.LogInAsync();

        var (status, body) = await _tenant.GetAsync($"dc/incident/data/stream?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(400, status);
        Assert.Equal(400, (int?)body!["code"]);
    }

    public void Dispose() => _tenant.Dispose();

    private async Task<IEnumerable<string>> MatchAsync(string filter)
    {
        await _tenant.LogInAsync();
        var (status, body) = await _tenant.GetAsync($"dc/incident/data/stream?filter={Uri.EscapeDataString(filter)}");
        Assert.Equal(200, status);
        return body!["data"]!.AsArray().Select(d => (string)d!["name"]!).Order(StringComparer.Ordinal);
    }
}
