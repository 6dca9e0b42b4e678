using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Generation;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class EsmDataGeneratorTests
{
    [Fact]
    public void Populate_Small_CreatesTheRequestedCounts()
    {
        var esm = new FakeEsm();

        var result = EsmDataGenerator.Populate(esm, EsmDataSize.Small);

        Assert.Equal(200, esm.CountCards(EsmDataGenerator.PersonTemplate));
        Assert.Equal(30, esm.CountCards(EsmDataGenerator.GroupTemplate));
        Assert.Equal(300, esm.CountCards(EsmDataGenerator.IncidentTemplate));
        Assert.Equal(result.PersonIds.Order(), result.PersonIds);
        Assert.True(result.IncidentIds[0] > result.GroupIds[^1]);
    }

    [Fact]
    public void Populate_SameSeed_GivesSameCards()
    {
        var first = new FakeEsm();
        var second = new FakeEsm();

        EsmDataGenerator.Populate(first, EsmDataSize.Small, seed: 7);
        EsmDataGenerator.Populate(second, EsmDataSize.Small, seed: 7);

        Assert.Equal(Snapshot(first), Snapshot(second));
    }

    [Fact]
    public void Populate_Groups_ReferenceExistingPeopleWithoutDuplicates()
    {
        var esm = new FakeEsm();

        var result = EsmDataGenerator.Populate(esm, EsmDataSize.Small);

        var people = result.PersonIds.ToHashSet();
        foreach (var group in esm.GetCards(EsmDataGenerator.GroupTemplate))
        {
            var members = group.ValuesOf("members").Select(v => long.Parse(v.DataCardId!)).ToList();
            Assert.NotEmpty(members);
            Assert.All(members, m => Assert.Contains(m, people));
            Assert.Equal(members.Count, members.Distinct().Count());
        }
    }

    [Fact]
    public async Task Populate_Small_IsQueryableByTaskIdAndStatus()
    {
        var esm = new FakeEsm();
        EsmDataGenerator.Populate(esm, EsmDataSize.Small);
        using var http = new HttpClient(esm.CreateHandler()) { BaseAddress = esm.ApiBaseAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "webapi",
            ["password"] = "webapi-password",
        });
        using var login = await http.PostAsync("users/login", form);
        http.DefaultRequestHeaders.Add("Authorization", login.Headers.GetValues("Authorization").Single());

        var filter = Uri.EscapeDataString($"$task_id$ = '{EsmDataGenerator.TaskId}' AND $status$ <> '5 - Removed'");
        var text = await http.GetStringAsync($"dc/person/data/stream?filter={filter}");
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!;

        Assert.Equal(192, body["data"]!.AsArray().Count);
    }

    private static List<string> Snapshot(FakeEsm esm) =>
        [.. new[] { EsmDataGenerator.PersonTemplate, EsmDataGenerator.GroupTemplate, EsmDataGenerator.IncidentTemplate }
            .SelectMany(t => esm.GetCards(t))
            .Select(c => $"{c.Id}|{c.Name}|{string.Join(",", c.Values.Select(Describe))}")];

    private static string Describe(KeyValuePair<string, IReadOnlyList<FakeEsmValue>> attribute) =>
        $"{attribute.Key}={string.Join(";", attribute.Value)}";
}
