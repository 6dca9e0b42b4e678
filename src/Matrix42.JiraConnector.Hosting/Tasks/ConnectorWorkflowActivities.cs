using System.Collections.Concurrent;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>
/// The core <see cref="WorkflowActivities"/> of each connector, built once on the connector's own clients, the
/// host's state store and clock, and the dispatch from an <see cref="EventActivityKind"/> to the activity.
/// </summary>
/// <remarks>
/// Every activity run here, by the task controller or a trigger poll, gets an <c>EventActivity</c> span and counts in
/// <c>jiraconnector.activities</c> and <c>jiraconnector.activity.duration</c>.
/// </remarks>
internal sealed class ConnectorWorkflowActivities(
    IOptions<JiraConnectorOptions> options,
    IOptions<WorkflowActivityOptions> activityOptions,
    IConnectorClientRegistry registry,
    IConnectorStateStore state,
    TimeProvider time,
    Telemetry.ConnectorTelemetry telemetry,
    ILoggerFactory? loggers = null)
{
    private readonly ConcurrentDictionary<string, Lazy<WorkflowActivities>> _activities = new(StringComparer.Ordinal);

    /// <summary>The activity an event task runs when none is named, from the task's usage.</summary>
    public static EventActivityKind DefaultActivityOf(EventTaskUsage usage) => usage switch
    {
        EventTaskUsage.UpdateIssue => EventActivityKind.UpdateIssue,
        EventTaskUsage.Provisioning => EventActivityKind.AddUserToGroups,
        _ => EventActivityKind.CreateIssue,
    };

    /// <summary>The connector's activities; built on first use and kept.</summary>
    /// <exception cref="UnknownConnectorException">No connector has that id.</exception>
    public WorkflowActivities For(string connectorId)
    {
        ArgumentNullException.ThrowIfNull(connectorId);
        var connector = ConnectorOf(connectorId);
        return _activities.GetOrAdd(
            connectorId,
            _ => new Lazy<WorkflowActivities>(() => new WorkflowActivities(
                connector,
                registry.GetJiraClient(connectorId),
                registry.GetEsmClient(connectorId),
                state,
                activityOptions.Value,
                time,
                loggers?.CreateLogger<WorkflowActivities>()))).Value;
    }

    /// <summary>Finds an event task by id, else by name ignoring case, as the core activities do.</summary>
    /// <exception cref="UnknownConnectorException">No connector has that id.</exception>
    /// <exception cref="UnknownEventTaskException">The connector has no such event task.</exception>
    public EventTaskDefinition FindTask(string connectorId, string idOrName)
    {
        var connector = ConnectorOf(connectorId);
        return connector.EventTasks.FirstOrDefault(t => string.Equals(t.Id, idOrName, StringComparison.Ordinal))
               ?? connector.EventTasks.FirstOrDefault(t =>
                   string.Equals(t.Name, idOrName, StringComparison.OrdinalIgnoreCase))
               ?? throw new UnknownEventTaskException(
                   connectorId, idOrName, connector.EventTasks.Select(t => t.Id ?? t.Name ?? "?"));
    }

    /// <summary>Runs one activity of a connector.</summary>
    /// <exception cref="UnknownConnectorException">No connector has that id.</exception>
    /// <exception cref="UnknownEventTaskException">The connector has no such event task.</exception>
    /// <exception cref="ArgumentException">The activity needs arguments that were not given.</exception>
    public Task<ActivityOutcome> RunAsync(
        string connectorId, EventActivityKind activity, ActivityRequest request, EventActivityArguments? arguments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectorId);
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(activity))
        {
            throw new ArgumentOutOfRangeException(nameof(activity), activity, "Not a known event activity.");
        }

        // Bad input throws here, before a span or a count exists for an activity that never ran.
        var task = FindTask(connectorId, request.Task);
        if (activity == EventActivityKind.PushComments)
        {
            CommentSettingsOf(arguments);
        }

        return RunMeasuredAsync(connectorId, task.Id ?? request.Task, activity, request, arguments, cancellationToken);
    }

    private async Task<ActivityOutcome> RunMeasuredAsync(
        string connectorId, string taskId, EventActivityKind activity, ActivityRequest request,
        EventActivityArguments? arguments, CancellationToken cancellationToken)
    {
        var name = activity.ToString();
        var started = time.GetTimestamp();
        using var span = telemetry.StartEventActivity(connectorId, taskId, name);
        var status = Telemetry.ConnectorTelemetry.ActivityError;
        try
        {
            var outcome = await Dispatch(connectorId, activity, request, arguments, cancellationToken)
                .ConfigureAwait(false);
            status = outcome.Status.ToString();
            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            status = Telemetry.ConnectorTelemetry.ActivityCancelled;
            throw;
        }
        catch (System.Exception ex) when (span is not null)
        {
            span.SetTag("error.type", ex.GetType().FullName);
            throw;
        }
        finally
        {
            telemetry.RecordEventActivity(span, connectorId, taskId, name, status, time.GetElapsedTime(started));
        }
    }

    private Task<ActivityOutcome> Dispatch(
        string connectorId, EventActivityKind activity, ActivityRequest request, EventActivityArguments? arguments,
        CancellationToken cancellationToken)
    {
        var activities = For(connectorId);
        return activity switch
        {
            EventActivityKind.CreateIssue => activities.CreateIssueAsync(request, cancellationToken),
            EventActivityKind.UpdateIssue => activities.UpdateIssueAsync(request, cancellationToken),
            EventActivityKind.PushComments => activities.PushCommentsAsync(
                request, CommentSettingsOf(arguments), cancellationToken),
            EventActivityKind.PushStatus => activities.PushStatusAsync(request, cancellationToken),
            EventActivityKind.CreateUser => activities.CreateUserAsync(request, cancellationToken),
            EventActivityKind.DeleteUser => activities.DeleteUserAsync(request, cancellationToken),
            EventActivityKind.CreateGroup => activities.CreateGroupAsync(request, cancellationToken),
            EventActivityKind.DeleteGroup => activities.DeleteGroupAsync(
                request, arguments?.SwapGroupId, cancellationToken),
            EventActivityKind.AddUserToGroups => activities.AddUserToGroupsAsync(request, cancellationToken),
            _ => activities.RemoveUserFromGroupsAsync(request, cancellationToken),
        };
    }

    private static CommentTransferSettings CommentSettingsOf(EventActivityArguments? arguments) =>
        arguments?.Comments ?? throw new ArgumentException(
            "PushComments needs comment settings: pass EventActivityArguments with Comments set.",
            nameof(arguments));

    private ConnectorDefinition ConnectorOf(string connectorId) =>
        options.Value.Document.Connectors.FirstOrDefault(
            c => string.Equals(c.Id, connectorId, StringComparison.Ordinal))
        ?? throw new UnknownConnectorException(connectorId, registry.ConnectorIds);
}
