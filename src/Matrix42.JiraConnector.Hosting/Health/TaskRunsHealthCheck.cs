using Matrix42.JiraConnector.Hosting.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matrix42.JiraConnector.Hosting.Health;

/// <summary>Degraded while the latest run of any task failed, lost its lease or has an unreadable schedule.</summary>
internal sealed class TaskRunsHealthCheck(ConnectorScheduler scheduler) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = scheduler.GetTaskStates();
        var data = states.ToDictionary(
            s => s.Key.ToString(),
            s => (object)(s.ScheduleError is null ? s.LastResult?.ToString() ?? "NotRun" : "InvalidSchedule"));
        var failing = states
            .Where(s => s.ScheduleError is not null
                        || s.LastResult is SchedulerRunResult.Failed or SchedulerRunResult.LeaseLost)
            .Select(s => s.Key.ToString())
            .ToList();

        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy($"{states.Count} tasks; no failed last run.", data)
            : HealthCheckResult.Degraded(
                $"Tasks with a failed last run or bad schedule: {string.Join(", ", failing)}.", data: data));
    }
}
