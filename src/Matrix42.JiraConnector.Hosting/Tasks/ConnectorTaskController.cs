using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>The task controller over the configured connectors, the scheduler and the state store.</summary>
internal sealed class ConnectorTaskController(
    IOptions<JiraConnectorOptions> options,
    ConnectorScheduler scheduler,
    IConnectorStateStore state,
    ConnectorWorkflowActivities activities) : IConnectorTaskController
{
    public async Task<IReadOnlyList<ConnectorTaskInfo>> ListTasksAsync(CancellationToken cancellationToken = default)
    {
        var schedules = scheduler.GetTaskStates().ToDictionary(s => s.Key);
        var tasks = new List<ConnectorTaskInfo>();
        foreach (var connector in options.Value.Document.Connectors.Where(c => c.Id is not null))
        {
            foreach (var task in connector.ScheduledTasks.Where(t => t.Id is not null))
            {
                var key = new TaskKey(connector.Id!, task.Id!);
                var runs = await state.GetRunsAsync(task.Id!, 0, 1, cancellationToken).ConfigureAwait(false);
                tasks.Add(new ConnectorTaskInfo(
                    key, task.Name, ConnectorTaskKind.Scheduled, task.Enabled, schedules.GetValueOrDefault(key),
                    runs.Count > 0 ? runs[0] : null));
            }

            foreach (var task in connector.EventTasks.Where(t => t.Id is not null))
            {
                tasks.Add(new ConnectorTaskInfo(
                    new TaskKey(connector.Id!, task.Id!), task.Name, ConnectorTaskKind.Event, true, null, null));
            }
        }

        return tasks;
    }

    public RunRequestResult RunNow(TaskKey key) => scheduler.RequestRun(key);

    public bool StopRun(TaskKey key) => scheduler.StopRun(key);

    public Task ClearCacheAsync(TaskKey key, CancellationToken cancellationToken = default) =>
        state.ClearCacheAsync(key.TaskId, CacheClearReason.Requested, cancellationToken: cancellationToken);

    public Task<bool> ApproveHeldDeletionsAsync(
        TaskKey key, string executionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return state.TryUpdateHeldDeletionStatusAsync(
            key.TaskId, executionId, HeldDeletionStatus.Pending, HeldDeletionStatus.Approved, cancellationToken);
    }

    public Task<IReadOnlyList<RunRecord>> GetRunHistoryAsync(
        TaskKey key, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, 500);
        return state.GetRunsAsync(key.TaskId, skip, take, cancellationToken);
    }

    public Task<ActivityOutcome> RunEventActivityAsync(
        string connectorId,
        EventActivityKind activity,
        ActivityRequest request,
        EventActivityArguments? arguments = null,
        CancellationToken cancellationToken = default) =>
        activities.RunAsync(connectorId, activity, request, arguments, cancellationToken);
}
