using System.Text.Json;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Search;

public sealed class IssueShapeTests
{
    private static readonly JiraSearchRequest All = new() { Jql = "project = ACME", Fields = ["*all"] };

    [Fact]
    public async Task SearchAsync_MixedDescriptionsC13_AllIssuesLoadWithText()
    {
        var page = """
            {"startAt":0,"maxResults":3,"total":3,"issues":[
             {"id":"10013","key":"ACME-13","fields":{"summary":"adf","description":{"type":"doc","version":1,
               "content":[{"type":"paragraph","content":[{"type":"text","text":"Hello"}]}]}}},
             {"id":"10014","key":"ACME-14","fields":{"summary":"string","description":"Hello *wiki*"}},
             {"id":"10015","key":"ACME-15","fields":{"summary":"none","description":null}}]}
            """;
        using var client = TestClients.Create(Of(JsonBody(page)));

        var issues = await client.Search.SearchAsync(All).ToListAsync();

        Assert.Equal(["Hello", "Hello *wiki*", null], issues.Select(i => i.GetText()));
        Assert.Equal(JsonValueKind.Object, issues[0].GetField("description")!.Value.ValueKind);
        Assert.Null(issues[2].GetField("description"));
    }

    [Theory]
    [InlineData(Fixtures.F03SearchIssues)]
    [InlineData(Fixtures.F22Issues)]
    public async Task SearchAsync_RealPagesWithOddCustomFieldsC22_EveryIssueLoads(string fixture)
    {
        var expected = CountIssues(Fixtures.Json(fixture));
        using var client = TestClients.Create(Of(Fixture(fixture)));

        var issues = await client.Search.SearchAsync(All).ToListAsync();

        Assert.Equal(expected, issues.Count);
        Assert.All(issues, i => Assert.NotEmpty(i.Fields));
    }

    [Fact]
    public async Task GetAsync_F01OddShapesC22_KeptAsRawJsonByFieldId()
    {
        using var client = TestClients.Create(Of(Fixture(Fixtures.F01GetIssue)));

        var issue = await client.Issues.GetAsync("KP-2");

        Assert.Equal("{}", issue.GetField("customfield_10000")!.Value.GetString());
        Assert.Equal(JsonValueKind.Object, issue.GetField("customfield_10018")!.Value.ValueKind);
        Assert.StartsWith("Lorem Ipsum\u00a0es simplemente", issue.GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_OffsetsWithoutColonC01_ExactInstants()
    {
        var body = """
            {"id":"10001","key":"ACME-1","fields":{
              "created":"2024-03-10T23:30:00.000+0900",
              "updated":"2024-03-11T01:05:07.123-0500",
              "resolutiondate":"2024-03-11T00:00:00.000+0000"}}
            """;
        using var client = TestClients.Create(Of(JsonBody(body)));

        var issue = await client.Issues.GetAsync("ACME-1");

        Assert.Equal(DateTimeOffset.Parse("2024-03-10T14:30:00Z"), issue.Created);
        Assert.Equal(TimeSpan.FromHours(9), issue.Created!.Value.Offset);
        Assert.Equal(DateTimeOffset.Parse("2024-03-11T06:05:07.123Z"), issue.Updated);
        Assert.True(issue.TryGetDateTime("resolutiondate", out var resolved));
        Assert.Equal(DateTimeOffset.Parse("2024-03-11T00:00:00Z"), resolved);
    }

    [Fact]
    public async Task GetAsync_DateFieldsC02_ReadByFieldSchemaNeverGuessed()
    {
        var body = """
            {"id":"10002","key":"ACME-2","fields":{
              "duedate":"2018-02-01",
              "customfield_10040":"2021-02-23",
              "customfield_10041":"2021-02-23T00:00:00.000+0000",
              "customfield_10034":"2019-08-27 19:43:24.193"}}
            """;
        var fields = """
            [{"id":"duedate","schema":{"type":"date","system":"duedate"}},
             {"id":"customfield_10040","custom":true,"schema":{"type":"date"}},
             {"id":"customfield_10041","custom":true,"schema":{"type":"datetime"}},
             {"id":"customfield_10034","custom":true,"schema":{"type":"string"}}]
            """;
        using var client = TestClients.Create(Of(JsonBody(fields), JsonBody(body)));
        var schema = (await client.Metadata.GetFieldsAsync()).ToDictionary(f => f.Id!, f => f.Schema!.Type);

        var issue = await client.Issues.GetAsync("ACME-2");

        var values = schema.ToDictionary(s => s.Key, s => s.Value switch
        {
            "date" => issue.TryGetDate(s.Key, out var d) ? (object)d : "unreadable",
            "datetime" => issue.TryGetDateTime(s.Key, out var t) ? t : "unreadable",
            _ => issue.GetField(s.Key)!.Value.GetString()!,
        });
        Assert.Equal(new DateOnly(2018, 2, 1), values["duedate"]);
        Assert.Equal(new DateOnly(2021, 2, 23), values["customfield_10040"]);
        Assert.Equal(new DateTimeOffset(2021, 2, 23, 0, 0, 0, TimeSpan.Zero), values["customfield_10041"]);
        Assert.Equal("2019-08-27 19:43:24.193", values["customfield_10034"]);
    }

    [Fact]
    public async Task GetAsync_NumbersC19_DecimalsKept()
    {
        using var client = TestClients.Create(Of(Fixture(Fixtures.F03SearchIssues)));

        var issues = await client.Search.SearchAsync(All).ToListAsync();

        var numbers = issues.SelectMany(i => i.Fields.Values).Where(v => v.ValueKind == JsonValueKind.Number)
            .Select(v => v.GetDecimal()).ToList();
        Assert.Contains(1000.323m, numbers);
        Assert.Contains(111m, numbers);
    }

    private static int CountIssues(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("issues", out var issues)
            ? issues.GetArrayLength()
            : 0;
}
