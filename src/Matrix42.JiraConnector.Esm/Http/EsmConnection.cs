using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Sends calls with the bearer token, replays once after a 401 with a fresh login, and turns
/// transport failures into ESM exceptions. Retries happen below, in the resilience handler.
/// </summary>
internal sealed class EsmConnection : IDisposable
{
    private readonly Func<HttpClient> _httpClient;
    private readonly EsmTokenSource _tokens;
    private readonly IDisposable? _owned;

    public EsmConnection(
        EsmClientOptions options, Func<HttpClient> httpClient, TimeProvider timeProvider, ILogger logger,
        IDisposable? owned = null)
    {
        Options = options;
        ApiBase = options.GetApiBaseUri();
        TimeProvider = timeProvider;
        Logger = logger;
        _httpClient = httpClient;
        _owned = owned;
        _tokens = new EsmTokenSource(options, ApiBase, httpClient, timeProvider, logger);
    }

    public EsmClientOptions Options { get; }

    public Uri ApiBase { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    /// <summary>Sends a call and returns its answer, successful or not (the caller disposes it).</summary>
    public async Task<HttpResponseMessage> SendAsync(
        Func<HttpRequestMessage> build, EsmCallKind kind, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendWithTokenAsync(build, token, kind, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The token may have expired early (server restart, changed key): log in again, replay once.
        EsmLog.TokenRejected(Logger, response.RequestMessage?.Method.Method ?? "?", PathOf(response));
        response.Dispose();
        _tokens.Invalidate(token);
        token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendWithTokenAsync(build, token, kind, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a call and throws the matching exception unless it succeeded.</summary>
    public async Task<HttpResponseMessage> SendCheckedAsync(
        Func<HttpRequestMessage> build, EsmCallKind kind, CancellationToken cancellationToken)
    {
        var response = await SendAsync(build, kind, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await FailureAsync(response, kind, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<EsmApiException> FailureAsync(
        HttpResponseMessage response, EsmCallKind kind, CancellationToken cancellationToken)
    {
        EsmLog.CallFailed(Logger, (int)response.StatusCode, response.RequestMessage?.Method.Method ?? "?",
            PathOf(response));
        var error = await EsmErrors.FromResponseAsync(response, kind, cancellationToken).ConfigureAwait(false);
        EsmTelemetry.MarkFailed(error.GetType().Name, error.StatusCode);
        return error;
    }

    public static async Task<HttpResponseMessage> SendRawAsync(
        HttpClient client, HttpRequestMessage request, EsmCallKind kind, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception error) when (IsTransportFailure(error, cancellationToken))
        {
            var call = $"{request.Method.Method} {request.RequestUri?.AbsolutePath}";
            EsmTelemetry.MarkFailed(error.GetType().Name, null);
            if (kind == EsmCallKind.Create)
            {
                EsmLog.OutcomeUnknown(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? "?",
                    error.GetType().Name);
                throw new EsmUnknownOutcomeException(
                    $"ESM did not answer {call} ({error.GetType().Name}); the write may have been applied.", error);
            }

            throw new EsmApiException($"ESM could not be reached for {call} ({error.GetType().Name}).", error);
        }
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _owned?.Dispose();
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(
        Func<HttpRequestMessage> build, EsmToken token, EsmCallKind kind, CancellationToken cancellationToken)
    {
        using var request = build();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        request.Options.Set(EsmRetryRules.CallKindKey, kind);
        return await SendRawAsync(_httpClient(), request, kind, Logger, cancellationToken).ConfigureAwait(false);
    }

    // A cancellation the caller asked for stays a cancellation; any other is a timeout.
    private static bool IsTransportFailure(Exception error, CancellationToken cancellationToken) =>
        error is HttpRequestException or TimeoutRejectedException ||
        (error is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string PathOf(HttpResponseMessage response) =>
        response.RequestMessage?.RequestUri?.AbsolutePath ?? "?";
}
