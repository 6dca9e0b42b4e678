using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Telemetry;

public sealed class TracingTests : IDisposable
{
    private const string Template = "trace_probe";
    private readonly EsmHarness _esm = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public TracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EsmTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    // Other tests run in parallel; only this test's template is looked at.
    private Activity[] Spans() => _spans.Where(a => (string?)a.GetTagItem("esm.template") == Template).ToArray();

    [Fact]
    public async Task CreateAsync_Refused_RecordsOneFailedSpanPerOperation()
    {
        _esm.Stub.On(HttpMethod.Post, $"/dc/{Template}/data", _ => EsmResponses.Error(HttpStatusCode.BadRequest,
            "bad"));
        _esm.Stub.On(HttpMethod.Patch, $"/dc/{Template}/data/5", _ => EsmResponses.Written(HttpStatusCode.OK, "5"));
        var data = new EsmAttributeSet().Set("summary", EsmValue.Text("x"));

        await Assert.ThrowsAsync<EsmApiException>(() => _esm.Client.CreateAsync(Template, "f", data));
        await _esm.Client.ModifyAsync(Template, "5", data);

        var spans = Spans();
        Assert.Equal(["EsmClient.CreateAsync", "EsmClient.ModifyAsync"], spans.Select(s => s.DisplayName));
        Assert.Equal(ActivityStatusCode.Error, spans[0].Status);
        Assert.Equal(400, spans[0].GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, spans[1].Status);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _esm.Dispose();
    }
}
