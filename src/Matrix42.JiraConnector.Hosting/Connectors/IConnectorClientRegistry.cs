using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Hosting.Connectors;

/// <summary>
/// Hands out the Jira and ESM clients of a connector. Each connector has its own named HTTP clients from
/// <see cref="IHttpClientFactory"/>, with its own credentials, rate limiter and resilience pipeline.
/// </summary>
public interface IConnectorClientRegistry
{
    /// <summary>The ids of the connectors whose clients are registered.</summary>
    /// <value>In registration order.</value>
    IReadOnlyList<string> ConnectorIds { get; }

    /// <summary>The Jira Cloud client of a connector.</summary>
    /// <param name="connectorId">The connector id.</param>
    /// <returns>The client; the same instance on every call.</returns>
    /// <exception cref="UnknownConnectorException">No connector has that id.</exception>
    IJiraClient GetJiraClient(string connectorId);

    /// <summary>The ESM client of a connector.</summary>
    /// <param name="connectorId">The connector id.</param>
    /// <returns>The client; the same instance on every call.</returns>
    /// <exception cref="UnknownConnectorException">No connector has that id.</exception>
    IEsmClient GetEsmClient(string connectorId);
}
