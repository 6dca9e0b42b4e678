using Matrix42.JiraConnector.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Builds an <see cref="EsmClient"/> without dependency injection, with the same retry, timeout and
/// token handling as <c>services.AddEsmClient(...)</c>.
/// </summary>
public static class EsmClientFactory
{
    /// <summary>Creates a client that owns its HTTP resources; dispose it when done.</summary>
    /// <param name="options">The connection settings; validated here.</param>
    /// <param name="primaryHandler">The handler that does the HTTP work; a pooled
    /// <see cref="SocketsHttpHandler"/> when null. The client disposes it.</param>
    /// <param name="timeProvider">The clock for token expiry and back-off; the system clock when null.</param>
    /// <param name="loggerFactory">The logger factory; no logging when null.</param>
    /// <returns>The client.</returns>
    /// <exception cref="EsmConfigurationException">The options are not valid.</exception>
    public static EsmClient Create(
        EsmClientOptions options,
        HttpMessageHandler? primaryHandler = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        EsmConfigurationException.ThrowIfInvalid(options);
        timeProvider ??= TimeProvider.System;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<EsmClient>();

        var resilience = EsmResilience.CreateHandler(options, timeProvider, logger);
        // Bodies are read inside the retries, so a cut-off body is a failed attempt, not a late failure.
        resilience.InnerHandler = new ResponseBufferingHandler
        {
            InnerHandler = primaryHandler ?? new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            },
        };

        // The resilience pipeline owns the per-attempt timeout, measured with the TimeProvider.
        var httpClient = new HttpClient(resilience, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return new EsmClient(new EsmConnection(options, () => httpClient, timeProvider, logger, httpClient));
    }
}
