using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Triggers;

/// <summary>
/// Polls the ESM trigger declared for an event task with the core <see cref="EventTriggerPoll"/>, running the
/// activity through the connector's shared <see cref="WorkflowActivities"/>.
/// </summary>
/// <remarks>
/// A pass that fails (ESM unreachable, a refused filter) throws to the scheduler, which logs it and polls again on
/// the next interval. Cards already handled keep their change marks, so nothing runs twice after a failed pass.
/// </remarks>
internal sealed partial class EventTriggerPollExecutor(
    IOptions<JiraConnectorOptions> options,
    ConnectorWorkflowActivities activities,
    IConnectorClientRegistry registry,
    IConnectorStateStore state,
    ILoggerFactory? loggers = null) : ITriggerPollExecutor
{
    private readonly ILogger _logger =
        loggers?.CreateLogger<EventTriggerPollExecutor>() ?? NullLogger<EventTriggerPollExecutor>.Instance;

    public async Task PollAsync(TaskKey key, CancellationToken cancellationToken = default)
    {
        var definition = options.Value.EventTriggers.FirstOrDefault(t => t.Key == key)?.Definition
            ?? throw new InvalidOperationException(
                $"No trigger is declared for event task {key}; declare one with AddEventTrigger.");
        var task = activities.FindTask(key.ConnectorId, key.TaskId);
        var activity = definition.Activity ?? ConnectorWorkflowActivities.DefaultActivityOf(task.Usage);
        var trigger = new EventTrigger
        {
            Task = key.TaskId,
            Condition = definition.Condition,
            LastModifiedAttribute = definition.LastModifiedAttribute,
            Activity = (request, ct) =>
                activities.RunAsync(key.ConnectorId, activity, request, definition.Arguments, ct),
        };
        var poll = new EventTriggerPoll(
            activities.For(key.ConnectorId),
            registry.GetEsmClient(key.ConnectorId),
            state,
            loggers?.CreateLogger<EventTriggerPoll>());

        var result = await poll.PollOnceAsync(trigger, cancellationToken).ConfigureAwait(false);
        var notCompleted = 0;
        foreach (var run in result.Runs.Where(r => !r.Outcome.IsCompleted))
        {
            notCompleted++;
            Log.TriggeredActivityNotCompleted(_logger, key, activity, run.DataCardId, run.Outcome.Status);
        }

        Log.TriggerPollCompleted(_logger, key, activity, result.Matched, result.Runs.Count, notCompleted);
    }

    private static partial class Log
    {
        [LoggerMessage(6100, LogLevel.Information,
            "Event task {TaskKey} trigger poll: {Matched} card(s) matched, {Triggered} ran {Activity}, "
            + "{NotCompleted} did not complete")]
        public static partial void TriggerPollCompleted(
            ILogger logger, TaskKey taskKey, EventActivityKind activity, int matched, int triggered,
            int notCompleted);

        [LoggerMessage(6101, LogLevel.Warning,
            "Event task {TaskKey}: triggered {Activity} on card {DataCardId} ended {Status}")]
        public static partial void TriggeredActivityNotCompleted(
            ILogger logger, TaskKey taskKey, EventActivityKind activity, string dataCardId, ActivityStatus status);
    }
}
