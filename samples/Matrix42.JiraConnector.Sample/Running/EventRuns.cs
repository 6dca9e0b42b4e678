using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>Runs one event task (workflow activity) of a connector for one ESM data card.</summary>
internal sealed class EventRuns
{
    public const string NotAvailableMessage =
        "Event activities are not available in this build of the SDK yet: no public way to run one exists.";

    private readonly ConnectorDefinition _connector;

    public EventRuns(
        ConnectorDefinition connector,
        ConnectorClients clients,
        IConnectorStateStore store,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _connector = connector;
        _ = (clients, store, timeProvider, loggerFactory);
    }

    /// <summary>Whether this build can run event activities.</summary>
    public static bool IsAvailable => false;

    public Task<TaskRunOutcome> RunAsync(
        EventTaskDefinition task, string dataCardId, bool dryRun, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _ = dataCardId;
        return Task.FromResult(new TaskRunOutcome
        {
            ConnectorId = _connector.Id ?? string.Empty,
            TaskId = task.Id ?? string.Empty,
            TaskName = task.Name ?? string.Empty,
            Kind = "event",
            Status = "NotAvailable",
            DryRun = dryRun,
            Errors = [NotAvailableMessage],
        });
    }
}
