using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Sends <see cref="JiraCall"/>s through the HTTP pipeline and turns answers into models or exceptions.
/// Shared by all operation groups of one client.
/// </summary>
internal sealed class JiraHttp
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private readonly Func<HttpClient> _httpClient;
    private readonly JiraEndpoint _endpoint;
    private readonly ILogger _logger;

    public JiraHttp(Func<HttpClient> httpClient, JiraClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _httpClient = httpClient;
        Options = options;
        TimeProvider = timeProvider;
        _logger = logger;
        _endpoint = new JiraEndpoint(options, logger);
    }

    public JiraClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger => _logger;

    /// <summary>Sends the call and reads the JSON answer.</summary>
    public async Task<T> SendAsync<T>(JiraCall call, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the call and ignores the body of a successful answer.</summary>
    public async Task<HttpStatusCode> SendAsync(
        JiraCall call, CancellationToken cancellationToken, string? notFoundHint = null)
    {
        using var response = await SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken,
            response.StatusCode == HttpStatusCode.NotFound ? notFoundHint : null).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>Sends the call; the caller owns and inspects the response.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(JiraCall call, CancellationToken cancellationToken)
    {
        var http = _httpClient();
        var apiBase = await _endpoint.GetApiBaseAsync(http, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(call.Method, call.ResolveAgainst(apiBase));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Options.Set(JiraRequestOptions.Kind, call.Kind);
        request.Options.Set(JiraRequestOptions.NoRetry, call.NoRetry);
        if (call.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        // One span per call (retries included); the path carries no query string.
        using var span = JiraTelemetry.Source.StartActivity(
            "Jira " + call.Method.Method + " " + JiraTelemetry.Template(call.Path), ActivityKind.Client);
        span?.SetTag("http.request.method", call.Method.Method);
        span?.SetTag("url.path", "/" + call.Path);
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
            span?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                span?.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException ||
                                   (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            var path = JiraEndpoint.PathOf(request.RequestUri);
            throw new JiraApiException($"No answer from Jira for {call.Method.Method} {path}: {ex.Message}", ex);
        }
    }

    public async Task EnsureSuccessAsync(
        HttpResponseMessage response, CancellationToken cancellationToken, string? hint = null)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var method = response.RequestMessage?.Method.Method ?? "?";
        var path = JiraEndpoint.PathOf(response.RequestMessage?.RequestUri);
        JiraLog.RequestFailed(_logger, (int)response.StatusCode, method, path);
        throw await JiraErrorReader.CreateAsync(response, cancellationToken, hint).ConfigureAwait(false);
    }

    public static async Task<T> ReadAsync<T>(
        HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                       ?? throw new JsonException("The body was JSON null.");
            }
            catch (JsonException ex)
            {
                var request = response.RequestMessage;
                var path = JiraEndpoint.PathOf(request?.RequestUri);
                throw new JiraApiException(
                    $"Jira's answer to {request?.Method.Method} {path} could not be read as {typeof(T).Name}: " +
                    ex.Message, ex);
            }
        }
    }
}
