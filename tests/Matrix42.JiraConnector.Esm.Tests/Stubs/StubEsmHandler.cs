using System.Net;

namespace Matrix42.JiraConnector.Esm.Tests.Stubs;

/// <summary>
/// An in-process stand-in for ESM: routes by method and path (relative to the API base), records
/// every request, and answers with what the test registered. Later registrations win.
/// </summary>
public sealed class StubEsmHandler : HttpMessageHandler
{
    public const string ApiBase = "https://localhost/rest-api/itsm/v1";

    private readonly List<(HttpMethod Method, string Path, Func<RecordedRequest, Task<HttpResponseMessage>> Respond)>
        _routes = [];

    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(HttpMethod method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToArray();

    public int Logins => RequestsTo(HttpMethod.Post, "/users/login").Count;

    public StubEsmHandler On(HttpMethod method, string path, Func<RecordedRequest, HttpResponseMessage> respond) =>
        OnAsync(method, path, r => Task.FromResult(respond(r)));

    public StubEsmHandler OnAsync(
        HttpMethod method, string path, Func<RecordedRequest, Task<HttpResponseMessage>> respond)
    {
        lock (_routes)
        {
            _routes.Add((method, path, respond));
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        Assert.True(uri.IsLoopback, $"The stub only serves loopback addresses, got {uri.Host}.");
        var absolute = uri.GetLeftPart(UriPartial.Path);
        Assert.StartsWith(ApiBase, absolute);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            uri,
            Uri.UnescapeDataString(absolute[ApiBase.Length..]),
            request.Headers.Authorization?.ToString(),
            body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        Func<RecordedRequest, Task<HttpResponseMessage>>? respond;
        lock (_routes)
        {
            respond = _routes.LastOrDefault(r => r.Method == request.Method && r.Path == recorded.Path).Respond;
        }

        var response = respond is null
            ? EsmResponses.Error(HttpStatusCode.NotFound, $"no stub route for {recorded}")
            : await respond(recorded).WaitAsync(cancellationToken); // like a real handler, it honours cancellation
        response.RequestMessage = request;
        return response;
    }
}
