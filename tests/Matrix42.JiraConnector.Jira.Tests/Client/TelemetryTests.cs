using System.Diagnostics;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Client;

public sealed class TelemetryTests
{
    [Fact]
    public async Task EveryCall_OneClientSpanNamedByEndpointWithoutQuery()
    {
        // Other tests run in parallel and use the same source, so keep only the spans of this test's trace.
        using var parent = new Activity(nameof(EveryCall_OneClientSpanNamedByEndpointWithoutQuery)).Start();
        var traceId = parent.TraceId;
        var recorded = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == JiraTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = recorded.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = TestClients.Create(Of(JsonBody("""{"accountId":"712020:secret"}""")));

        await client.Users.GetAsync("712020:secret");
        await client.Comments.DeleteAsync("OPS-7", "10000");

        var spans = recorded.Where(s => s.TraceId == traceId).ToList();
        Assert.Equal(2, spans.Count);
        var names = spans.Select(s => s.DisplayName).ToList();
        Assert.Contains("Jira GET /rest/api/3/user", names);
        Assert.Contains("Jira DELETE /rest/api/3/issue/{}/comment/{}", names);
        Assert.All(spans, s =>
            Assert.DoesNotContain("secret", s.GetTagItem("url.path") as string ?? "", StringComparison.Ordinal));
        Assert.All(spans, s => Assert.Equal(200, s.GetTagItem("http.response.status_code")));
    }
}
