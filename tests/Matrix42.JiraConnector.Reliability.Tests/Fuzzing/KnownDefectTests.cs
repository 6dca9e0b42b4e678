using System.Text;
using System.Text.Json;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.Reliability.Tests.Infrastructure;

namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>
/// The smallest inputs that reproduce what the mutation fuzzer found. Each states the behaviour the SDK
/// promises (a typed error, or a recorded problem on the entity) and guards the fix of a defect that once crashed.
/// </summary>
public sealed class KnownDefectTests
{
    [Fact]
    public async Task GetGroupsAsync_NullItemInPage_RaisesOnlyTypedError() =>
        await AssertTypedOrNoneAsync("""{"isLast":true,"startAt":0,"maxResults":50,"total":1,"values":[null]}""",
            client => DrainAsync(client.Groups.GetGroupsAsync()));

    [Fact]
    public async Task GetMembersAsync_NullItemInPage_RaisesOnlyTypedError() =>
        await AssertTypedOrNoneAsync("""{"isLast":true,"startAt":0,"maxResults":50,"total":1,"values":[null]}""",
            client => DrainAsync(client.Groups.GetMembersAsync("group-1")));

    [Fact]
    public async Task GetAllUsersAsync_NullItemInPage_RaisesOnlyTypedError() =>
        await AssertTypedOrNoneAsync("[null]", client => DrainAsync(client.Users.GetAllAsync()));

    [Fact]
    public async Task GetAllCommentsAsync_NullItemInPage_RaisesOnlyTypedError() =>
        await AssertTypedOrNoneAsync("""{"startAt":0,"maxResults":50,"total":1,"comments":[null]}""",
            client => DrainAsync(client.Comments.GetAllAsync("OPS-1")));

    [Fact]
    public void Map_ObjectWithNumericType_RecordsProblemInsteadOfThrowing()
    {
        using var document = JsonDocument.Parse("""{"key":"A-1","fields":{"description":{"type":7,"x":1}}}""");

        var error = Record.Exception(() => FuzzMaps.IssueMap().Map(document.RootElement));

        Assert.Null(error);
    }

    [Fact]
    public void Map_SummaryWithInvalidUtf8_RecordsProblemInsteadOfThrowing()
    {
        byte[] json = [.. Encoding.UTF8.GetBytes("""{"key":"A-1","fields":{"summary":" """), 0xC3, 0x28,
            .. Encoding.UTF8.GetBytes("\"}}")];
        using var document = JsonDocument.Parse(json);

        var card = AssertMapsWithoutThrowing(document.RootElement);

        Assert.Equal("A-1", card.Attributes.Single(a => a.Attribute == "key")[0].ToString());
        var problem = Assert.Single(card.Problems);
        Assert.Equal(("summary", MappingProblemKind.InvalidText), (problem.Target, problem.Kind));
    }

    [Fact]
    public void Map_AdfDescriptionWithInvalidUtf8_RecordsProblemInsteadOfThrowing()
    {
        const string head = "{'key':'A-1','fields':{'description':{'type':'doc','version':1," +
                            "'content':[{'type':'paragraph','content':[{'type':'text','text':'a";
        byte[] json = [.. Utf8(head), 0xFF, .. Utf8("'}]}]}}}")];
        using var document = JsonDocument.Parse(json);

        var card = AssertMapsWithoutThrowing(document.RootElement);

        var problem = Assert.Single(card.Problems);
        Assert.Equal(("description", MappingProblemKind.InvalidText), (problem.Target, problem.Kind));
    }

    [Fact]
    public void Map_LoneSurrogateEscapeAndInvalidKey_RecordsProblemsInsteadOfThrowing()
    {
        // The key holds a UTF-8-encoded surrogate; the rest hold lone surrogate escapes.
        const string tail = "','fields':{'summary':'\\ud800','labels':['ok','\\udfff'],'status':{'name':'\\udc00'}}}";
        byte[] json = [.. Utf8("{'key':'"), 0xED, 0xA0, 0x80, .. Utf8(tail)];
        using var document = JsonDocument.Parse(json);

        var card = AssertMapsWithoutThrowing(document.RootElement);

        Assert.Contains(card.Problems, p => p is { Target: "key", Kind: MappingProblemKind.InvalidText });
        Assert.Contains(card.Problems, p => p is { Target: "summary", Kind: MappingProblemKind.InvalidText });
        Assert.Contains(card.Problems, p => p is { Target: "labels", Kind: MappingProblemKind.InvalidText });
        Assert.Contains(card.Problems, p => p is { Target: "status", Kind: MappingProblemKind.InvalidText });
        Assert.Equal(["ok"], card.Attributes.Single(a => a.Attribute == "labels").ToArray().Select(v => v.ToString()));
    }

    /// <summary>JSON written with single quotes for readability.</summary>
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json.Replace('\'', '"'));

    private static MappedCard AssertMapsWithoutThrowing(JsonElement issue)
    {
        MappedCard? card = null;
        var error = Record.Exception(() => card = FuzzMaps.IssueMap().Map(issue));

        Assert.Null(error);
        _ = card!.ComputeContentHash();
        return card;
    }

    private static async Task AssertTypedOrNoneAsync(string body, Func<JiraClient, Task> call)
    {
        var handler = new SwitchableHandler { Body = Encoding.UTF8.GetBytes(body) };
        using var client = JiraClientFactory.Create(
            new JiraClientOptions
            {
                SiteUrl = new Uri("https://acme.atlassian.net"), Email = "a@example.test", ApiToken = "t",
                MaxRetryAttempts = 0,
            },
            primaryHandler: handler);

        var error = await Record.ExceptionAsync(() => call(client));

        Assert.True(error is null or JiraApiException, error?.ToString());
    }

    private static async Task DrainAsync<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
        {
        }
    }
}
