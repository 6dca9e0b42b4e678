using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// An <see cref="HttpMessageHandler"/> for tests: records every request and answers from a queue of canned
/// responses, falling back to a responder function. Never touches the network. Thread-safe.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> canned = new();
    private readonly Func<HttpRequestMessage, HttpResponseMessage>? responder;

    /// <summary>
    /// Creates a handler that answers only from the queue (see <see cref="Enqueue(HttpResponseMessage)"/>).
    /// </summary>
    public RecordingHandler()
    {
    }

    /// <summary>Creates a handler that answers with <paramref name="responder"/> once the queue is empty.</summary>
    /// <param name="responder">Builds the response for a request; called on the sending thread.</param>
    public RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        this.responder = responder;
    }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>The most recent request.</summary>
    /// <exception cref="InvalidOperationException">No request has been received.</exception>
    public RecordedRequest LastRequest
    {
        get
        {
            var all = Requests;
            return all.Count > 0
                ? all[^1]
                : throw new InvalidOperationException("The handler has received no request.");
        }
    }

    /// <summary>Queues a response for the next request that finds the queue non-empty.</summary>
    /// <param name="response">The response; its <c>RequestMessage</c> is set when it is served.</param>
    /// <returns>This handler, for chaining.</returns>
    public RecordingHandler Enqueue(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        canned.Enqueue(_ => response);
        return this;
    }

    /// <summary>Queues a response with a status and an optional JSON body.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="json">The JSON body, or <see langword="null"/> for none.</param>
    /// <returns>This handler, for chaining.</returns>
    public RecordingHandler Enqueue(HttpStatusCode status, string? json = null)
    {
        canned.Enqueue(_ => Json(status, json));
        return this;
    }

    /// <summary>Builds a response with a status and an optional <c>application/json</c> body.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="json">The JSON body, or <see langword="null"/> for none.</param>
    /// <returns>The response.</returns>
    public static HttpResponseMessage Json(HttpStatusCode status, string? json)
    {
        var response = new HttpResponseMessage(status);
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return response;
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        requests.Enqueue(await RecordAsync(request, cancellationToken));

        var answer = canned.TryDequeue(out var next) ? next : responder
            ?? throw new InvalidOperationException(
                $"No canned response is left for {request.Method} {request.RequestUri?.AbsolutePath}.");
        var response = answer(request);
        response.RequestMessage ??= request;
        return response;
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = [.. values];
        }

        string? body = null;
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
            {
                headers[name] = [.. values];
            }

            // Buffering first keeps the content readable for a responder that inspects it too.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        return new RecordedRequest(request.Method, uri, headers, body, request.Content?.Headers.ContentType?.MediaType);
    }
}
