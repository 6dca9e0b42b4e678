using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Runs;

/// <summary>
/// Runs a scheduled task with the core <see cref="ScheduledTaskRunner"/>, using the connector's own clients from the
/// registry. The runner takes and renews the task's lease itself and commits under it.
/// </summary>
internal sealed class SyncRunExecutor(
    IOptions<JiraConnectorOptions> options,
    IOptions<ScheduledTaskRunnerOptions> runnerOptions,
    IConnectorClientRegistry registry,
    IConnectorStateStore state,
    TimeProvider time,
    ConnectorTelemetry telemetry,
    ILoggerFactory? loggers = null) : IScheduledRunExecutor
{
    public bool ManagesOwnLease => true;

    public async Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connector = options.Value.Document.Connectors.FirstOrDefault(c => c.Id == request.Key.ConnectorId)
            ?? throw new UnknownConnectorException(request.Key.ConnectorId, registry.ConnectorIds);
        var task = connector.ScheduledTasks.FirstOrDefault(t => t.Id == request.Key.TaskId)
            ?? throw new InvalidOperationException(
                $"Connector {connector.Id} has no scheduled task with id '{request.Key.TaskId}'.");

        // Comment pairings are kept per connector id, and the workflow activities use the connector's own id,
        // so the runner must use it too or the two directions would not see each other's pairs.
        var shared = runnerOptions.Value;
        var perConnector = new ScheduledTaskRunnerOptions
        {
            Holder = shared.Holder,
            ConnectorId = connector.Id!,
            LeaseDuration = shared.LeaseDuration,
            LoadBatchSize = shared.LoadBatchSize,
            MaxConcurrentLoads = shared.MaxConcurrentLoads,
            MaxConcurrentReads = shared.MaxConcurrentReads,
            Snapshots = shared.Snapshots,
        };
        var runner = new ScheduledTaskRunner(
            registry.GetJiraClient(connector.Id!),
            registry.GetEsmClient(connector.Id!),
            state,
            perConnector,
            time,
            loggers?.CreateLogger<ScheduledTaskRunner>());
        var result = await runner
            .RunAsync(task, new ScheduledRunRequest { Trigger = request.HistoryTrigger }, null, cancellationToken)
            .ConfigureAwait(false);
        if (result.SkippedAsRunning)
        {
            return;
        }

        var record = result.Record;
        var environmentType = connector.EnvironmentType.ToString();
        telemetry.RecordEntities(request.Key, record.Counts, environmentType);
        telemetry.RecordPhases(request.Key, environmentType, record);
        cancellationToken.ThrowIfCancellationRequested();

        // A failed phase makes the scheduler record the run as failed, which the health check reports.
        if (record.Extract.Status == RunPhaseStatus.Failed || record.Load.Status == RunPhaseStatus.Failed)
        {
            var info = record.Load.Status == RunPhaseStatus.Failed ? record.Load.Info : record.Extract.Info;
            throw new TaskRunFailedException(task.Id!, record.ExecutionId, info ?? "see the run record");
        }
    }
}
