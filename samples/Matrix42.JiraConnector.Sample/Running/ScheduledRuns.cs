using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>Runs the scheduled tasks of one connector once, through the SDK's scheduled runner.</summary>
internal sealed class ScheduledRuns
{
    public const string NotAvailableMessage =
        "Scheduled runs are not available in this build of the SDK yet: no public way to run a task exists.";

    private readonly ConnectorDefinition _connector;

    public ScheduledRuns(
        ConnectorDefinition connector,
        ConnectorClients clients,
        IConnectorStateStore store,
        string snapshotDirectory,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _connector = connector;
        _ = (clients, store, snapshotDirectory, timeProvider, loggerFactory);
    }

    /// <summary>Whether this build can run scheduled tasks.</summary>
    public static bool IsAvailable => false;

    public Task<TaskRunOutcome> RunAsync(ScheduledTaskDefinition task, bool dryRun, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new TaskRunOutcome
        {
            ConnectorId = _connector.Id ?? string.Empty,
            TaskId = task.Id ?? string.Empty,
            TaskName = task.Name ?? string.Empty,
            Kind = "scheduled",
            Status = "NotAvailable",
            DryRun = dryRun,
            Errors = [NotAvailableMessage],
        });
    }
}
