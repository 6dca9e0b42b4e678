using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Builds a <see cref="JiraClient"/> without dependency injection, with the same handlers, retry rules
/// and rate limiting as <c>AddJiraCloudClient</c>.
/// </summary>
public static class JiraClientFactory
{
    /// <summary>Creates a client. Dispose it to release its HTTP connections.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <param name="timeProvider">
    /// The clock for delays and expiry checks; default <see cref="TimeProvider.System"/>.
    /// </param>
    /// <param name="loggerFactory">Logging; default none.</param>
    /// <param name="primaryHandler">
    /// The network handler; default a <see cref="SocketsHttpHandler"/> without automatic redirects. Tests pass
    /// a fake here. A handler that follows redirects itself bypasses the host check.
    /// </param>
    /// <param name="rateLimiter">The connector's limiter, shared by all its clients; default a new one.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">The settings are invalid; every problem is listed.</exception>
    public static JiraClient Create(
        JiraClientOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null,
        HttpMessageHandler? primaryHandler = null, JiraRateLimiter? rateLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(JiraClientOptions), failures);
        }

        timeProvider ??= TimeProvider.System;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<JiraClient>();
        rateLimiter ??= new JiraRateLimiter(timeProvider);
        var handlers = JiraHttpPipeline.CreateHandlers(options, rateLimiter, timeProvider, logger);
        var pipeline = JiraHttpPipeline.Chain(handlers, primaryHandler ?? JiraHttpPipeline.CreatePrimaryHandler());

        // Retries and attempt timeouts live in the pipeline; the outer timeout only stops a runaway call.
        var httpClient = new HttpClient(pipeline, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return new JiraClient(() => httpClient, options, timeProvider, logger, httpClient);
    }
}
