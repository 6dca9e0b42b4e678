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
/// <para>
/// Each pass holds the trigger's lease in the state store (<see cref="LeaseIdOf"/>), so hosts sharing one store never
/// run passes of one trigger at the same time; a pass whose lease another host holds is skipped. The lease is kept
/// by <see cref="LeaseRenewal"/>, as a scheduled run's is, while the pass runs and released when it ends.
/// </para>
/// <para>
/// A pass that fails (ESM unreachable, a refused filter) throws to the scheduler, which logs it and polls again on
/// the next interval. Cards already handled keep their change marks, so nothing runs twice after a failed pass.
/// </para>
/// </remarks>
internal sealed partial class EventTriggerPollExecutor(
    IOptions<JiraConnectorOptions> options,
    ConnectorWorkflowActivities activities,
    IConnectorClientRegistry registry,
    IConnectorStateStore state,
    TimeProvider time,
    ILoggerFactory? loggers = null) : ITriggerPollExecutor
{
    private readonly ILogger _logger =
        loggers?.CreateLogger<EventTriggerPollExecutor>() ?? NullLogger<EventTriggerPollExecutor>.Instance;

    // The scheduler's instance id when set, as the sync runner uses it; otherwise unique to this host.
    private readonly string _holder = options.Value.Scheduler.InstanceId
        ?? $"{System.Environment.MachineName}:{System.Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// The state-store lease id of an event task's trigger. Task ids hold only letters, digits, '.', '_' and '-',
    /// so this id can never be a task's own lease id.
    /// </summary>
    /// <param name="key">The event task.</param>
    /// <returns><c>trigger:connectorId/taskId</c>.</returns>
    public static string LeaseIdOf(TaskKey key) => "trigger:" + key;

    public async Task PollAsync(TaskKey key, CancellationToken cancellationToken = default)
    {
        var definition = options.Value.EventTriggers.FirstOrDefault(t => t.Key == key)?.Definition
            ?? throw new InvalidOperationException(
                $"No trigger is declared for event task {key}; declare one with AddEventTrigger.");
        var leaseDuration = options.Value.Scheduler.LeaseDuration;
        var lease = await state.TryAcquireLeaseAsync(LeaseIdOf(key), _holder, leaseDuration, cancellationToken)
            .ConfigureAwait(false);
        if (lease is null)
        {
            Log.TriggerPollSkippedLeaseHeld(_logger, key);
            return;
        }

        using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var renewalStop = new CancellationTokenSource();
        var leaseLost = false;
        var renewal = LeaseRenewal.KeepAsync(
            state,
            lease,
            leaseDuration,
            time,
            pass,
            ex => Log.TriggerLeaseRenewalFailed(_logger, key, ex),
            lost =>
            {
                leaseLost = true;
                Log.TriggerPollLeaseLost(_logger, lease.TaskId, lease.FencingToken, lost);
            },
            renewalStop.Token);
        try
        {
            await PollLeasedAsync(key, definition, pass.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (leaseLost && !cancellationToken.IsCancellationRequested)
        {
            // Logged by the renewal; the next pass starts afresh on the next interval.
        }
        finally
        {
            await renewalStop.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
            if (!leaseLost)
            {
                await ReleaseQuietlyAsync(key, lease).ConfigureAwait(false);
            }
        }
    }

    private async Task PollLeasedAsync(TaskKey key, EventTriggerDefinition definition, CancellationToken token)
    {
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

        var result = await poll.PollOnceAsync(trigger, token).ConfigureAwait(false);
        var notCompleted = 0;
        foreach (var run in result.Runs.Where(r => !r.Outcome.IsCompleted))
        {
            notCompleted++;
            Log.TriggeredActivityNotCompleted(_logger, key, activity, run.DataCardId, run.Outcome.Status);
        }

        Log.TriggerPollCompleted(_logger, key, activity, result.Matched, result.Runs.Count, notCompleted);
    }

    private async Task ReleaseQuietlyAsync(TaskKey key, TaskLease lease)
    {
        try
        {
            await state.ReleaseLeaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An unreleased lease only expires later; the pass's outcome stands.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            Log.TriggerLeaseReleaseFailed(_logger, key, ex);
        }
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

        [LoggerMessage(6102, LogLevel.Debug,
            "Event task {TaskKey} trigger poll skipped: another host holds the trigger's lease")]
        public static partial void TriggerPollSkippedLeaseHeld(ILogger logger, TaskKey taskKey);

        [LoggerMessage(6103, LogLevel.Warning,
            "Trigger lease {LeaseId} was lost (fencing token {FencingToken}); the poll pass is stopped")]
        public static partial void TriggerPollLeaseLost(
            ILogger logger, string leaseId, long fencingToken, System.Exception exception);

        [LoggerMessage(6104, LogLevel.Warning,
            "Event task {TaskKey} trigger lease could not be released; it expires on its own")]
        public static partial void TriggerLeaseReleaseFailed(
            ILogger logger, TaskKey taskKey, System.Exception exception);

        [LoggerMessage(6105, LogLevel.Warning,
            "Event task {TaskKey} trigger lease could not be renewed; trying again at the next renewal")]
        public static partial void TriggerLeaseRenewalFailed(
            ILogger logger, TaskKey taskKey, System.Exception exception);
    }
}
