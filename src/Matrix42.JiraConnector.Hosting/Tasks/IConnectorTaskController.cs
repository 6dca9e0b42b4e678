using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>What an operator (or an admin API of the host) can do with the connector's tasks.</summary>
public interface IConnectorTaskController
{
    /// <summary>Lists every task of every connector with its schedule state and last run.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tasks, connector by connector, in configuration order.</returns>
    Task<IReadOnlyList<ConnectorTaskInfo>> ListTasksAsync(CancellationToken cancellationToken = default);

    /// <summary>Queues a run of a scheduled task to start as soon as a worker is free.</summary>
    /// <param name="key">The task.</param>
    /// <returns>Whether the run was queued, or why not.</returns>
    RunRequestResult RunNow(TaskKey key);

    /// <summary>Stops a running run of the task, or drops its queued run.</summary>
    /// <param name="key">The task.</param>
    /// <returns><see langword="true"/> when something was stopped or dropped.</returns>
    bool StopRun(TaskKey key);

    /// <summary>Clears the task's cache so its next run writes every card; the watermark is kept.</summary>
    /// <param name="key">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task completing when the cache is empty.</returns>
    Task ClearCacheAsync(TaskKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves a held deletion list, so the task's next full run applies it. Only the newest pending list of
    /// a task can be approved.
    /// </summary>
    /// <param name="key">The task.</param>
    /// <param name="executionId">The run that held the list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the list was pending and is now approved.</returns>
    Task<bool> ApproveHeldDeletionsAsync(
        TaskKey key, string executionId, CancellationToken cancellationToken = default);

    /// <summary>A page of a task's run history, newest first.</summary>
    /// <param name="key">The task.</param>
    /// <param name="skip">How many of the newest runs to skip.</param>
    /// <param name="take">How many runs to return at most (1 to 500).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The runs.</returns>
    Task<IReadOnlyList<RunRecord>> GetRunHistoryAsync(
        TaskKey key, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a workflow activity of an event task on one ESM card, with the connector's own Jira and ESM clients.
    /// </summary>
    /// <param name="connectorId">The connector.</param>
    /// <param name="activity">The activity to run.</param>
    /// <param name="request">The event task (id or name) and the card.</param>
    /// <param name="arguments">
    /// Extra inputs: comment settings (required by <see cref="EventActivityKind.PushComments"/>) or a swap group;
    /// none when <see langword="null"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>
    /// What the activity did; failures caused by Jira or the card's data are reported here rather than thrown.
    /// </returns>
    /// <exception cref="UnknownConnectorException">No connector has that id.</exception>
    /// <exception cref="UnknownEventTaskException">The connector has no event task with that id or name.</exception>
    /// <exception cref="ArgumentException">
    /// The request names no card, the task has no template, or the activity needs arguments that were not given.
    /// </exception>
    Task<ActivityOutcome> RunEventActivityAsync(
        string connectorId,
        EventActivityKind activity,
        ActivityRequest request,
        EventActivityArguments? arguments = null,
        CancellationToken cancellationToken = default);
}
