using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Reporting;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// Runs one workflow activity of a connector's event task for one ESM data card, through the hosting package's
/// <see cref="IConnectorTaskController"/> (see <see cref="EventHost"/>).
/// </summary>
internal sealed class EventRuns
{
    private readonly ConnectorDefinition _connector;
    private readonly IConnectorTaskController? _tasks;
    private readonly ILogger _logger;

    /// <summary>The level of the "task ended" event (8003); the demo lowers it to Debug.</summary>
    public LogLevel RunLogLevel { get; init; } = LogLevel.Information;

    /// <param name="connector">The connector whose event tasks run.</param>
    /// <param name="tasks">The controller; none for a dry run, which calls nothing.</param>
    /// <param name="loggerFactory">Logs the "task ended" event.</param>
    public EventRuns(ConnectorDefinition connector, IConnectorTaskController? tasks, ILoggerFactory loggerFactory)
    {
        _connector = connector;
        _tasks = tasks;
        _logger = loggerFactory.CreateLogger("Matrix42.JiraConnector.Sample");
    }

    /// <summary>The activity an event task runs when none is named: what its usage is for.</summary>
    public static string DefaultActivity(EventTaskDefinition task) => task.Usage switch
    {
        EventTaskUsage.UpdateIssue => EventActivity.UpdateIssue,
        EventTaskUsage.Provisioning => EventActivity.AddToGroups,
        _ => EventActivity.CreateIssue,
    };

    /// <summary>Runs <paramref name="activity"/>; with <paramref name="dryRun"/> only says what would run.</summary>
    public async Task<TaskRunOutcome> RunAsync(
        EventTaskDefinition task,
        string activity,
        string dataCardId,
        bool dryRun,
        string worklogAttribute,
        CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            // Activities have no planning mode: a dry run names what would run and calls nothing.
            var plan = $"Would run {activity} for card {dataCardId}.";
            return Outcome(task, "Planned", dryRun, plan, new Dictionary<string, string>());
        }

        var tasks = _tasks ?? throw new InvalidOperationException("A real run needs the connector host's controller.");
        var request = ActivityRequest.ForCard(task.Id ?? task.Name!, dataCardId);
        var comments = new CommentTransferSettings { WorklogAttribute = worklogAttribute };
        var arguments = activity == EventActivity.PushComments
            ? new EventActivityArguments { Comments = comments }
            : null;
        var outcome = await tasks.RunEventActivityAsync(
            _connector.Id!, EventActivity.KindOf(activity), request, arguments, cancellationToken);

        var parts = outcome.Parts
            .Where(p => p.Status != ActivityStatus.Completed)
            .Select(p => $"{p.Name}: {p.Message}");
        var result = Outcome(task, outcome.Status.ToString(), dryRun, outcome.Message, outcome.Values) with
        {
            Errors = outcome.IsCompleted ? [] : [outcome.Message, .. parts],
        };
        SampleLog.TaskEnded(_logger, RunLogLevel, result.TaskId, result.ConnectorId, result.Status);
        return result;
    }

    private TaskRunOutcome Outcome(
        EventTaskDefinition task,
        string status,
        bool dryRun,
        string message,
        IReadOnlyDictionary<string, string> values) =>
        new()
        {
            ConnectorId = _connector.Id ?? string.Empty,
            TaskId = task.Id ?? string.Empty,
            TaskName = task.Name ?? string.Empty,
            Kind = "event",
            Status = status,
            DryRun = dryRun,
            Message = message,
            Values = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
        };
}
