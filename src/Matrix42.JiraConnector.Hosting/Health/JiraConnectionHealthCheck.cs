using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Jira;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matrix42.JiraConnector.Hosting.Health;

/// <summary>
/// Checks that a connector's Jira site answers and accepts its credentials; Degraded when the API token expires
/// within the client's warning window, Unhealthy when it has expired or the check fails.
/// </summary>
internal sealed class JiraConnectionHealthCheck(IConnectorClientRegistry registry, string connectorId) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = registry.GetJiraClient(connectorId);
        var expiry = client.TokenExpiry;
        if (expiry.IsExpired)
        {
            return HealthCheckResult.Unhealthy($"Connector {connectorId}: the Jira API token has expired.");
        }

        var test = await client.Connection.TestConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (test.Outcome != JiraConnectionOutcome.Succeeded)
        {
            return HealthCheckResult.Unhealthy($"Connector {connectorId}: Jira check {test.Outcome}: {test.Message}");
        }

        return expiry.IsExpiringSoon
            ? HealthCheckResult.Degraded(
                $"Connector {connectorId}: the Jira API token expires on {expiry.ExpiresAt:yyyy-MM-dd}.")
            : HealthCheckResult.Healthy($"Connector {connectorId}: Jira reachable and credentials valid.");
    }
}
