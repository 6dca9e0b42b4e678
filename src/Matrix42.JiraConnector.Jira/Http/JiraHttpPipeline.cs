using Matrix42.JiraConnector.Internal;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Assembles the message handlers of a Jira client, outermost first: resilience (retries and per-attempt
/// timeout), reading the whole body (so a cut-off body is a failed attempt the retries see), the connector's rate
/// limiter, redirect handling, authentication. Dependency injection and
/// <see cref="JiraClientFactory"/> both use this, so both behave the same.
/// </summary>
internal static class JiraHttpPipeline
{
    public static IReadOnlyList<DelegatingHandler> CreateHandlers(
        JiraClientOptions options, JiraRateLimiter limiter, TimeProvider timeProvider, ILogger logger) =>
    [
        new ResilienceHandler(JiraResiliencePipeline.Create(options, timeProvider, logger)),
        new ResponseBufferingHandler(),
        new JiraRateLimitHandler(limiter, logger),
        new JiraRedirectHandler(logger),
        new JiraAuthenticationHandler(options),
    ];

    /// <summary>The network handler: automatic redirects off (the redirect handler re-checks hosts).</summary>
    public static HttpMessageHandler CreatePrimaryHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    };

    /// <summary>Chains the handlers over the primary handler.</summary>
    public static HttpMessageHandler Chain(IReadOnlyList<DelegatingHandler> handlers, HttpMessageHandler primary)
    {
        HttpMessageHandler inner = primary;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }
}
