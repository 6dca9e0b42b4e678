using System.Net;
using Polly;
using Polly.Timeout;

namespace Matrix42.JiraConnector.Esm;

/// <summary>The per-status retry rules of the ESM client.</summary>
internal static class EsmRetryRules
{
    public static readonly HttpRequestOptionsKey<EsmCallKind> CallKindKey = new("Matrix42.JiraConnector.Esm.CallKind");

    public static EsmCallKind KindOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(CallKindKey, out var kind) ? kind : EsmCallKind.Read;

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, EsmCallKind kind)
    {
        if (outcome.Exception is not null)
        {
            // A timeout or a dropped connection may have reached the server, so only reads repeat.
            return kind == EsmCallKind.Read &&
                   outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        if (WasNotApplied(response))
        {
            return true;
        }

        var status = (int)response.StatusCode;
        return kind == EsmCallKind.Read && (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);
    }

    // 429, and 503 with Retry-After, say the request was not applied, so any call may repeat.
    public static bool WasNotApplied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests ||
        (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);

    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
