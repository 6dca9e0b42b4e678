using Matrix42.JiraConnector.Hosting.Connectors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matrix42.JiraConnector.Hosting.Health;

/// <summary>Checks that a connector's ESM tenant answers and its WebAPI login works (by listing templates).</summary>
internal sealed class EsmConnectionHealthCheck(IConnectorClientRegistry registry, string connectorId) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await registry.GetEsmClient(connectorId).GetTemplatesAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Connector {connectorId}: ESM reachable and login works.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The client's exceptions carry the status and the service's message, never the credentials.
            return HealthCheckResult.Unhealthy($"Connector {connectorId}: ESM check failed: {ex.Message}", ex);
        }
    }
}
