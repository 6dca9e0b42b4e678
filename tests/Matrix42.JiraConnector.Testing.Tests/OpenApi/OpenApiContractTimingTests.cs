using Matrix42.JiraConnector.TestSupport;
using Matrix42.JiraConnector.TestSupport.OpenApi;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_JiraSpec_ReportsLoadAndFirstValidationTimes()
    {
        var contract = OpenApiContract.Load(SharedFiles.PathOf("reference/jira-platform-openapi.json"));

        var started = TimeProvider.System.GetTimestamp();
        var first = contract.ValidateRequest("POST", "/rest/api/3/issue", """{ "fields": "x", "update": {"a": [1]} }""");
        var firstTime = TimeProvider.System.GetElapsedTime(started);
        started = TimeProvider.System.GetTimestamp();
        var second = contract.ValidateRequest("POST", "/rest/api/3/issue", """{ "fields": "x" }""");
        var secondTime = TimeProvider.System.GetElapsedTime(started);

        output.WriteLine($"load {contract.LoadDuration.TotalMilliseconds:F0} ms, first validation "
            + $"{firstTime.TotalMilliseconds:F0} ms, cached validation {secondTime.TotalMilliseconds:F1} ms");
        output.WriteLine(first.ToString());
        Assert.InRange(contract.LoadDuration, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(30));
        Assert.False(second.IsValid);
    }
}
