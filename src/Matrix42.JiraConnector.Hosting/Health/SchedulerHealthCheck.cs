using Matrix42.JiraConnector.Hosting.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matrix42.JiraConnector.Hosting.Health;

/// <summary>Healthy while the scheduling loop runs.</summary>
internal sealed class SchedulerHealthCheck(ConnectorScheduler scheduler) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(scheduler.IsLooping
            ? HealthCheckResult.Healthy($"Scheduler running, {scheduler.RunningCount} runs executing.")
            : HealthCheckResult.Unhealthy("The scheduler is not running."));
}
