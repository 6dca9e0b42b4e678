using System.Text;
using System.Text.Json;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Reliability.Tests.Infrastructure;

namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>
/// The smallest inputs that reproduce what the mutation fuzzer finds. Each states the behaviour the SDK
/// promises (a typed error or a skipped entity with a recorded problem); they are skipped while the defect stands.
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

    [Fact(Skip = "SourceReader and AdfRenderer call GetString on strings holding invalid UTF-8 (JsonDocument does " +
                 "not check string contents), so CompiledReadMap.Map throws InvalidOperationException.")]
    public void Map_SummaryWithInvalidUtf8_RecordsProblemInsteadOfThrowing()
    {
        byte[] json = [.. Encoding.UTF8.GetBytes("""{"key":"A-1","fields":{"summary":" """), 0xC3, 0x28,
            .. Encoding.UTF8.GetBytes("\"}}")];
        using var document = JsonDocument.Parse(json);

        var error = Record.Exception(() => FuzzMaps.IssueMap().Map(document.RootElement));

        Assert.Null(error);
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
