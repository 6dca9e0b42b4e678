using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// What the hosted scheduler calls for each due run under <c>--serve</c>: one run of the task through the
/// SDK's <see cref="ScheduledTaskRunner"/>, with the connector's clients from the registry. The runner takes
/// the task's lease itself.
/// </summary>
internal sealed class SampleRunExecutor(
    ConnectorConfigurationDocument document,
    IConnectorClientRegistry registry,
    IConnectorStateStore store,
    ServeSettings settings,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IScheduledRunExecutor
{
    public bool ManagesOwnLease => true;

    public async Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default)
    {
        var connector = document.Connectors.Single(c => c.Id == request.Key.ConnectorId);
        var task = connector.ScheduledTasks.Single(t => t.Id == request.Key.TaskId);
        var runner = new ScheduledTaskRunner(
            registry.GetJiraClient(connector.Id!),
            registry.GetEsmClient(connector.Id!),
            store,
            new ScheduledTaskRunnerOptions
            {
                Snapshots = new ExtractSnapshotOptions { Folder = settings.SnapshotDirectory },
            },
            timeProvider,
            loggerFactory.CreateLogger<ScheduledTaskRunner>());
        var trigger = request.Reason == RunReason.Manual ? RunTrigger.Manual : RunTrigger.Schedule;
        var result = await runner.RunAsync(
            task, new ScheduledRunRequest { Trigger = trigger }, cancellationToken: cancellationToken);

        var record = result.Record;
        var counts = record.Counts;
        await settings.Output.WriteLineAsync(
            $"{timeProvider.GetUtcNow():u} {task.Name} ({request.Reason}): extract {record.Extract.Status}, load "
            + $"{record.Load.Status}; read {counts.Read}, created {counts.Created}, updated {counts.Updated}, "
            + $"unchanged {counts.Unchanged}, failed {counts.Failed}");
        if (record.Extract.Status == RunPhaseStatus.Failed || record.Load.Status == RunPhaseStatus.Failed)
        {
            // The scheduler records a run as failed when its executor throws.
            throw new InvalidOperationException(
                $"Run {record.ExecutionId} of task {record.TaskId} failed: "
                + (record.Errors.Count > 0 ? record.Errors[0].Message : "see the run history"));
        }
    }
}
