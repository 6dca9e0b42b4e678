using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>Runs one workflow activity of a connector's event task for one ESM data card.</summary>
internal sealed class EventRuns
{
    private readonly ConnectorDefinition _connector;
    private readonly WorkflowActivities _activities;
    private readonly ILogger _logger;

    /// <summary>The level of the "task ended" event (8003); the demo lowers it to Debug.</summary>
    public LogLevel RunLogLevel { get; init; } = LogLevel.Information;

    public EventRuns(
        ConnectorDefinition connector,
        ConnectorClients clients,
        IConnectorStateStore store,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _connector = connector;
        _logger = loggerFactory.CreateLogger("Matrix42.JiraConnector.Sample");
        _activities = new WorkflowActivities(
            connector, clients.Jira, clients.Esm, store, timeProvider: timeProvider,
            logger: loggerFactory.CreateLogger<WorkflowActivities>());
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

        var request = ActivityRequest.ForCard(task.Id ?? task.Name!, dataCardId);
        var outcome = activity switch
        {
            EventActivity.CreateIssue => await _activities.CreateIssueAsync(request, cancellationToken),
            EventActivity.UpdateIssue => await _activities.UpdateIssueAsync(request, cancellationToken),
            EventActivity.PushComments => await _activities.PushCommentsAsync(
                request, new CommentTransferSettings { WorklogAttribute = worklogAttribute }, cancellationToken),
            EventActivity.PushStatus => await _activities.PushStatusAsync(request, cancellationToken),
            EventActivity.CreateUser => await _activities.CreateUserAsync(request, cancellationToken),
            EventActivity.DeleteUser => await _activities.DeleteUserAsync(request, cancellationToken),
            EventActivity.CreateGroup => await _activities.CreateGroupAsync(request, cancellationToken),
            EventActivity.DeleteGroup =>
                await _activities.DeleteGroupAsync(request, cancellationToken: cancellationToken),
            EventActivity.AddToGroups => await _activities.AddUserToGroupsAsync(request, cancellationToken),
            EventActivity.RemoveFromGroups => await _activities.RemoveUserFromGroupsAsync(request, cancellationToken),
            _ => throw new ArgumentException($"Unknown activity '{activity}'.", nameof(activity)),
        };

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
