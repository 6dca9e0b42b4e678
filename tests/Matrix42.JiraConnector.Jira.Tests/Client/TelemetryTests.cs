using System.Diagnostics;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Client;

public sealed class TelemetryTests
{
    [Fact]
    public async Task EveryCall_OneClientSpanNamedByEndpointWithoutQuery()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == JiraTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = TestClients.Create(Of(JsonBody("""{"accountId":"712020:secret"}""")));

        await client.Users.GetAsync("712020:secret");
        await client.Comments.DeleteAsync("OPS-7", "10000");

        var names = spans.Select(s => s.DisplayName).ToList();
        Assert.Contains("Jira GET /rest/api/3/user", names);
        Assert.Contains("Jira DELETE /rest/api/3/issue/{}/comment/{}", names);
        Assert.All(spans, s =>
            Assert.DoesNotContain("secret", s.GetTagItem("url.path") as string ?? "", StringComparison.Ordinal));
        Assert.All(spans, s => Assert.Equal(200, s.GetTagItem("http.response.status_code")));
    }
}
