using System.Net;
using System.Text;

namespace Matrix42.JiraConnector.Jira.Tests.Infrastructure;

/// <summary>
/// A fake network: answers each request from a script of responders (in order, the last one repeating)
/// and records what it received, including the time on the test clock.
/// </summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly List<Func<RecordedRequest, HttpResponseMessage>> _script;
    private readonly TimeProvider _time;
    private int _next;

    public StubHandler(TimeProvider? time = null, params Func<RecordedRequest, HttpResponseMessage>[] script)
    {
        _time = time ?? TimeProvider.System;
        _script = [.. script];
    }

    public List<RecordedRequest> Requests { get; } = [];

    public static StubHandler Of(params Func<RecordedRequest, HttpResponseMessage>[] script) => new(null, script);

    public static Func<RecordedRequest, HttpResponseMessage> JsonBody(
        string body, HttpStatusCode status = HttpStatusCode.OK,
        Action<HttpResponseMessage>? configure = null) => _ =>
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        configure?.Invoke(response);
        return response;
    };

    public static Func<RecordedRequest, HttpResponseMessage> Fixture(string fileName) =>
        JsonBody(Fixtures.Text(fileName));

    public static Func<RecordedRequest, HttpResponseMessage> Status(HttpStatusCode status, string body = "",
        string mediaType = "text/html", Action<HttpResponseMessage>? configure = null) => _ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        configure?.Invoke(response);
        return response;
    };

    public static Func<RecordedRequest, HttpResponseMessage> Hang() => _ => null!;

    public static Func<RecordedRequest, HttpResponseMessage> Throw(Exception exception) => _ => throw exception;

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body,
            request.Headers.Authorization?.ToString(), _time.GetUtcNow());
        Requests.Add(recorded);
        var responder = _script[Math.Min(_next++, _script.Count - 1)];
        var response = responder(recorded);
        if (response is null)
        {
            // A "hang": nothing comes back until the caller gives up.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        response!.RequestMessage = request;
        return response;
    }
}
