using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Makes every attempt wait for the connector's <see cref="JiraRateLimiter"/> and reports 429 answers to
/// it. The state lives in the limiter (a singleton); this handler only consults it.
/// </summary>
internal sealed class JiraRateLimitHandler : DelegatingHandler
{
    private readonly JiraRateLimiter _limiter;
    private readonly ILogger _logger;

    public JiraRateLimitHandler(JiraRateLimiter limiter, ILogger logger)
    {
        _limiter = limiter;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var waited = await _limiter.WaitAsync(request, cancellationToken).ConfigureAwait(false);
        var path = JiraEndpoint.PathOf(request.RequestUri);
        if (waited > TimeSpan.Zero)
        {
            JiraLog.RateLimitWait(_logger, request.Method.Method, path, waited.TotalMilliseconds);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_limiter.Observe(request, response) is { } reason)
        {
            JiraLog.RateLimited(_logger, request.Method.Method, path, reason);
        }

        return response;
    }
}
