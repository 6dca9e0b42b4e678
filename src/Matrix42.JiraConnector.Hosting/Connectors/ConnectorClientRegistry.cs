using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Microsoft.Extensions.DependencyInjection;

namespace Matrix42.JiraConnector.Hosting.Connectors;

/// <summary>Resolves the per-connector clients registered under the connector id as their name.</summary>
internal sealed class ConnectorClientRegistry(IServiceProvider services, ConnectorClientNames names)
    : IConnectorClientRegistry
{
    public IReadOnlyList<string> ConnectorIds => names.Ids;

    public IJiraClient GetJiraClient(string connectorId)
    {
        Require(connectorId);
        return services.GetRequiredService<IJiraClientProvider>().GetClient(connectorId);
    }

    public IEsmClient GetEsmClient(string connectorId)
    {
        Require(connectorId);
        return services.GetRequiredKeyedService<IEsmClient>(connectorId);
    }

    private void Require(string connectorId)
    {
        ArgumentNullException.ThrowIfNull(connectorId);
        if (!names.Contains(connectorId))
        {
            throw new UnknownConnectorException(connectorId, names.Ids);
        }
    }
}
