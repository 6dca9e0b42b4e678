using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>
/// Serves a fake service in process: an <see cref="HttpMessageHandler"/> to give to an
/// <see cref="HttpClient"/> (or to a client factory as its primary handler). Faults behave as they would
/// over a socket: dropped connections throw <see cref="HttpRequestException"/>, truncated bodies fail
/// while the content is read.
/// </summary>
public sealed class FakeServiceHandler : HttpMessageHandler
{
    private readonly FakeServicePipeline _pipeline;

    /// <summary>Creates a handler.</summary>
    /// <param name="service">The fake service that answers.</param>
    /// <param name="faults">The fault plan, or <see langword="null"/> for none.</param>
    /// <param name="log">The request log, or <see langword="null"/> to keep none.</param>
    /// <param name="timeProvider">The clock for delays and log times; default the system clock.</param>
    public FakeServiceHandler(
        IFakeService service,
        FaultPlan? faults = null,
        RequestLog? log = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        _pipeline = new FakeServicePipeline(service, faults, log, timeProvider ?? TimeProvider.System);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        if (!uri.IsAbsoluteUri)
        {
            throw new InvalidOperationException("The request URI must be absolute.");
        }

        var body = request.Content is null
            ? ReadOnlyMemory<byte>.Empty
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var fakeRequest = new FakeRequest(
            request.Method.Method,
            uri.AbsolutePath,
            uri.Query.TrimStart('?'),
            CollectHeaders(request),
            body);

        var outcome = await _pipeline.ProcessAsync(fakeRequest, cancellationToken).ConfigureAwait(false);
        if (outcome.Response is null)
        {
            throw new HttpRequestException(
                HttpRequestError.ConnectionError,
                "The connection was closed by the fake service before a response was received.",
                new IOException("Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset)));
        }

        return ToResponseMessage(request, outcome.Response, outcome.TruncateAfter);
    }

    private static Dictionary<string, string> CollectHeaders(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = string.Join(", ", values);
        }

        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
            {
                headers[name] = string.Join(", ", values);
            }
        }

        return headers;
    }

    private static HttpResponseMessage ToResponseMessage(
        HttpRequestMessage request,
        FakeResponse response,
        int? truncateAfter)
    {
        HttpContent content = truncateAfter is { } cut
            ? new StreamContent(new TruncatedStream(response.Body, cut))
            : new ReadOnlyMemoryContent(response.Body);
        content.Headers.ContentLength = response.Body.Length;
        if (response.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(response.ContentType);
        }

        var message = new HttpResponseMessage(response.Status) { RequestMessage = request, Content = content };
        foreach (var (name, value) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
