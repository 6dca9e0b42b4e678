using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Shared rate-limit state of one connector (one Jira site and identity). Keep one instance per
/// connector for the life of the process — not per client or per message handler — so every client of
/// the connector waits together. It reacts to Jira's <c>RateLimit-Reason</c>: a burst limit slows that
/// endpoint, a per-issue limit slows writes to that issue, a quota limit pauses the whole connector
/// until the quota window resets.
/// </summary>
public sealed class JiraRateLimiter
{
    private static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(2);
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _endpointUntil = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issueUntil = new(StringComparer.OrdinalIgnoreCase);
    private long _pausedUntilTicks;

    /// <summary>Creates a limiter.</summary>
    /// <param name="timeProvider">The clock for waits; default <see cref="TimeProvider.System"/>.</param>
    public JiraRateLimiter(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Until when the whole connector is paused by a quota limit; null when it is not paused.</summary>
    public DateTimeOffset? PausedUntil
    {
        get
        {
            var until = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero);
            return until > _timeProvider.GetUtcNow() ? until : null;
        }
    }

    /// <summary>How long a request must wait before it may be sent (zero when it may go now).</summary>
    internal TimeSpan GetDelay(HttpRequestMessage request)
    {
        var now = _timeProvider.GetUtcNow();
        var until = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero);
        if (_endpointUntil.TryGetValue(EndpointKey(request), out var endpoint) && endpoint > until)
        {
            until = endpoint;
        }

        if (IsWrite(request) && IssueKey(request) is { } issue && _issueUntil.TryGetValue(issue, out var perIssue) &&
            perIssue > until)
        {
            until = perIssue;
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Waits until the request may be sent.</summary>
    internal async ValueTask<TimeSpan> WaitAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var delay = GetDelay(request);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return delay;
    }

    /// <summary>Learns from a 429 answer; returns the reason when one was recorded.</summary>
    internal string? Observe(HttpRequestMessage request, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var now = _timeProvider.GetUtcNow();
        var reason = Header(response, "RateLimit-Reason") ?? "unspecified";
        var wait = JiraRetryRules.RetryAfter(response, now) is { } retryAfter && retryAfter > TimeSpan.Zero
            ? retryAfter
            : DefaultPause;
        var until = now + wait;
        if (reason.Contains("quota", StringComparison.OrdinalIgnoreCase))
        {
            if (Header(response, "X-RateLimit-Reset") is { } reset &&
                DateTimeOffset.TryParse(reset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                    out var resetAt) &&
                resetAt > until)
            {
                until = resetAt;
            }

            Extend(ref _pausedUntilTicks, until);
        }
        else if (reason.Contains("per-issue", StringComparison.OrdinalIgnoreCase) && IssueKey(request) is { } issue)
        {
            _issueUntil.AddOrUpdate(issue, until, (_, old) => old > until ? old : until);
        }
        else
        {
            _endpointUntil.AddOrUpdate(EndpointKey(request), until, (_, old) => old > until ? old : until);
        }

        return reason;
    }

    private static void Extend(ref long ticks, DateTimeOffset until)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref ticks);
            if (current >= until.UtcTicks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref ticks, until.UtcTicks, current) != current);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool IsWrite(HttpRequestMessage request) => JiraRequestOptions.KindOf(request) != JiraCallKind.Read;

    // "POST /rest/api/3/issue/{}/comment": ids and keys replaced so one endpoint is one bucket.
    internal static string EndpointKey(HttpRequestMessage request)
    {
        var path = "rest/api/3/" + string.Join('/', ApiSegments(request.RequestUri));
        return request.Method.Method + " " + JiraTelemetry.Template(path);
    }

    private static string? IssueKey(HttpRequestMessage request)
    {
        var segments = ApiSegments(request.RequestUri);
        return segments.Count >= 2 && segments[0] == "issue" ? Uri.UnescapeDataString(segments[1]) : null;
    }

    // The path segments after ".../rest/api/3/" (works for site and gateway URLs).
    private static List<string> ApiSegments(Uri? uri)
    {
        var segments = (uri?.AbsolutePath ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var rest = segments.IndexOf("rest");
        return rest >= 0 && segments.Count > rest + 3 ? segments.Skip(rest + 3).ToList() : segments;
    }
}
