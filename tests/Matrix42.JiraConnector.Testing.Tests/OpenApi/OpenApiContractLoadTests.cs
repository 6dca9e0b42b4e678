using Matrix42.JiraConnector.TestSupport;
using Matrix42.JiraConnector.TestSupport.OpenApi;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractLoadTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_JiraSpec_MeasuresLoadAndBuildsSchemasOnFirstUse()
    {
        var contract = OpenApiContract.Load(SharedFiles.PathOf("reference/jira-platform-openapi.json"));

        var started = TimeProvider.System.GetTimestamp();
        var first = contract.ValidateRequest("POST", "/rest/api/3/issue", """{ "fields": "x" }""");
        var firstTime = TimeProvider.System.GetElapsedTime(started);
        started = TimeProvider.System.GetTimestamp();
        var second = contract.ValidateRequest("POST", "/rest/api/3/issue", """{ "fields": "x" }""");
        var secondTime = TimeProvider.System.GetElapsedTime(started);

        output.WriteLine($"load {contract.LoadDuration.TotalMilliseconds:F0} ms, first createIssue validation "
            + $"{firstTime.TotalMilliseconds:F0} ms, cached {secondTime.TotalMilliseconds:F2} ms");
        Assert.InRange(contract.LoadDuration, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(30));
        Assert.Equal(first.Problems, second.Problems);
    }

    [Fact]
    public void Parse_DocumentWithoutPaths_ThrowsFormatException()
    {
        var exception = Assert.Throws<FormatException>(() => OpenApiContract.Parse("""{ "openapi": "3.0.1" }"""));

        Assert.Contains("paths", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateRequest_ManyThreadsOnSharedContract_GiveTheSameAnswers()
    {
        // Both teams' tests share OpenApiContract.Jira and xunit runs classes in parallel.
        var contract = OpenApiContract.Load(SharedFiles.PathOf("reference/jira-platform-openapi.json"));
        var calls = Enumerable.Range(0, 64).Select(i => Task.Run(() => (i % 2 == 0
            ? contract.ValidateRequest("POST", $"/rest/api/3/issue/ABC-{i}/comment", """{ "visibility": 7 }""")
            : contract.ValidateResponse("GET", $"/rest/api/3/issue/ABC-{i}/transitions", 200,
                """{ "transitions": [ { "id": 5 } ] }""")).Problems.Single().InstanceLocation));

        var locations = await Task.WhenAll(calls);

        Assert.Equal(32, locations.Count(l => l == "/visibility"));
        Assert.Equal(32, locations.Count(l => l == "/transitions/0/id"));
    }
}
