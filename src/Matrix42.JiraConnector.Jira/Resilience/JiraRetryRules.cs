using System.Net;
using Polly;
using Polly.Timeout;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The retry rules of the SDK. 429 and 503-with-Retry-After: Jira did not apply the request, so any call
/// is retried after the wait (a lower bound; 0 means use the own back-off). Other 5xx, timeouts and
/// connection failures: only reads and idempotent writes are retried, because a creating write may have
/// been applied. Other 4xx: never.
/// </summary>
internal static class JiraRetryRules
{
    private static readonly TimeSpan MinimumDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumBackoff = TimeSpan.FromSeconds(30);

    public static bool ShouldRetry(
        Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, JiraClientOptions options,
        TimeProvider timeProvider)
    {
        if (JiraRequestOptions.IsSet(request, JiraRequestOptions.NoRetry))
        {
            return false;
        }

        var replayable = JiraRequestOptions.KindOf(request) != JiraCallKind.CreatingWrite;
        if (outcome.Exception is { } exception)
        {
            return replayable && exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        if (IsNotApplied(response))
        {
            // A wait beyond the cap is the caller's business (quota windows last up to an hour).
            return RetryAfter(response, timeProvider.GetUtcNow()) is not { } wait || wait <= options.MaxRetryAfter;
        }

        return replayable && (int)response.StatusCode >= 500;
    }

    public static TimeSpan Delay(Outcome<HttpResponseMessage> outcome, int attemptNumber, TimeProvider timeProvider)
    {
        if (outcome.Result is { } response && IsNotApplied(response) &&
            RetryAfter(response, timeProvider.GetUtcNow()) is { } wait && wait > TimeSpan.Zero)
        {
            // Retry-After is a lower bound: jitter only upwards.
            return wait * (1.0 + (Random.Shared.NextDouble() * 0.2));
        }

        return Backoff(attemptNumber);
    }

    /// <summary>Own back-off: about 2 s doubling to 30 s, with ±30 % jitter, never under 1 s.</summary>
    public static TimeSpan Backoff(int attemptNumber)
    {
        var exponent = Math.Min(attemptNumber, 5);
        var seconds = Math.Min(2.0 * Math.Pow(2, exponent), MaximumBackoff.TotalSeconds);
        var jittered = TimeSpan.FromSeconds(seconds * (0.7 + (Random.Shared.NextDouble() * 0.6)));
        return jittered < MinimumDelay ? MinimumDelay : jittered;
    }

    /// <summary>429, or 503 that carries Retry-After: Jira refused the request without applying it.</summary>
    public static bool IsNotApplied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests ||
        (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);

    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
