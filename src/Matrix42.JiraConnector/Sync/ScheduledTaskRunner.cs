using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Engine;
using Matrix42.JiraConnector.Sync.Recording;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Sync;

/// <summary>
/// Runs scheduled tasks of one connector: extract from Jira, index the task's ESM cards, map, diff against the
/// task cache, load changed cards in bulk, mark deletions, and record the run.
/// </summary>
/// <remarks>
/// One run per task at a time is guaranteed by the task's lease in the state store; a run that finds the lease
/// taken returns at once with <see cref="ScheduledRunResult.SkippedAsRunning"/>. Cancelling a run stops it
/// cleanly: it ends as <see cref="RunPhaseStatus.Stopped"/> with the cache and watermark advanced only for what
/// was loaded.
/// </remarks>
public sealed partial class ScheduledTaskRunner
{
    private readonly IJiraClient _jira;
    private readonly IEsmClient _esm;
    private readonly IConnectorStateStore _store;
    private readonly ScheduledTaskRunnerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    /// <summary>Creates a runner for one connector.</summary>
    /// <param name="jira">The connector's Jira client.</param>
    /// <param name="esm">The connector's ESM client.</param>
    /// <param name="store">Where task caches, watermarks, leases and history live.</param>
    /// <param name="options">Runner settings; defaults when omitted.</param>
    /// <param name="timeProvider">The clock; the system clock when omitted.</param>
    /// <param name="logger">The logger; none when omitted.</param>
    public ScheduledTaskRunner(
        IJiraClient jira,
        IEsmClient esm,
        IConnectorStateStore store,
        ScheduledTaskRunnerOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<ScheduledTaskRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(jira);
        ArgumentNullException.ThrowIfNull(esm);
        ArgumentNullException.ThrowIfNull(store);
        _jira = jira;
        _esm = esm;
        _store = store;
        _options = options ?? new ScheduledTaskRunnerOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Runs a task once.</summary>
    /// <param name="task">The task; it must have an id and pass validation.</param>
    /// <param name="request">Dry run, trigger, guard override and adopted ids; defaults when omitted.</param>
    /// <param name="progress">Receives phase and count reports; optional.</param>
    /// <param name="cancellationToken">Stops the run; it then ends as stopped.</param>
    /// <returns>The run's record (and plan, for a dry run).</returns>
    /// <exception cref="ArgumentException">The task lacks an id, a target its mappings type needs, or asks for an
    /// incremental run of users or groups.</exception>
    public async Task<ScheduledRunResult> RunAsync(
        ScheduledTaskDefinition task,
        ScheduledRunRequest? request = null,
        IProgress<SyncProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        request ??= ScheduledRunRequest.Default;
        var taskId = string.IsNullOrWhiteSpace(task.Id)
            ? throw new ArgumentException("The scheduled task has no id.", nameof(task))
            : task.Id;
        var specs = TargetsOf(task);
        var now = _timeProvider.GetUtcNow();
        var record = new RunRecord
        {
            ExecutionId = request.ExecutionId ?? Guid.NewGuid().ToString("N"),
            TaskId = taskId,
            Mode = task.Kind == ScheduledTaskKind.Incremental ? RunMode.Incremental : RunMode.Full,
            Trigger = request.Trigger,
            IsDryRun = request.DryRun,
            Extract = new RunPhase { PlannedAt = now },
            Load = new RunPhase { PlannedAt = now },
        };

        LeaseKeeper? lease = null;
        if (!request.DryRun)
        {
            lease = await LeaseKeeper.AcquireAsync(
                _store, taskId, _options.Holder, _options.LeaseDuration, _timeProvider, cancellationToken)
                .ConfigureAwait(false);
            if (lease is null)
            {
                SyncLog.LeaseBusy(_logger, taskId);
                return new ScheduledRunResult { Record = record, SkippedAsRunning = true };
            }
        }

        try
        {
            var recorder = new RunRecorder(record, _store, _timeProvider, progress);
            var run = new RunContext
            {
                Task = task,
                TaskId = taskId,
                Request = request,
                Options = _options,
                Jira = _jira,
                Esm = _esm,
                Store = _store,
                TimeProvider = _timeProvider,
                Logger = _logger,
                Recorder = recorder,
                Mode = record.Mode,
                Lease = lease,
            };
            return await ExecuteAsync(run, specs, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Approves a held deletion list; the task's next full run marks the listed cards.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run that held the list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a pending list was approved.</returns>
    public Task<bool> ApproveHeldDeletionAsync(
        string taskId,
        string executionId,
        CancellationToken cancellationToken = default) =>
        _store.TryUpdateHeldDeletionStatusAsync(
            taskId, executionId, HeldDeletionStatus.Pending, HeldDeletionStatus.Approved, cancellationToken);

    /// <summary>Rejects a held deletion list; nothing is marked for it.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run that held the list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a pending list was rejected.</returns>
    public Task<bool> RejectHeldDeletionAsync(
        string taskId,
        string executionId,
        CancellationToken cancellationToken = default) =>
        _store.TryUpdateHeldDeletionStatusAsync(
            taskId, executionId, HeldDeletionStatus.Pending, HeldDeletionStatus.Rejected, cancellationToken);

    /// <summary>Clears the task's cache so its next run writes every card again; the watermark is kept.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the cache is clear.</returns>
    public Task ClearCacheAsync(string taskId, CancellationToken cancellationToken = default) =>
        _store.ClearCacheAsync(taskId, CacheClearReason.Requested, null, cancellationToken);

    private static List<TargetSpec> TargetsOf(ScheduledTaskDefinition task)
    {
        if (task.Kind == ScheduledTaskKind.Incremental && task.MappingsType != MappingsType.Generic)
        {
            throw new ArgumentException(
                "Only generic tasks can be incremental: Jira's user and group listings carry no change time.",
                nameof(task));
        }

        return task.MappingsType switch
        {
            MappingsType.Generic => [TargetSpec.From(EntityKind.Issue, Require(task.Generic, "generic"))],
            MappingsType.IdentityOnly => [TargetSpec.From(EntityKind.User, Require(task.Identity, "identity"))],
            MappingsType.AccessRightOnly =>
                [TargetSpec.From(EntityKind.Group, Require(task.AccessRight, "accessRight"))],
            _ =>
            [
                TargetSpec.From(EntityKind.User, Require(task.Identity, "identity")),
                TargetSpec.From(EntityKind.Group, Require(task.AccessRight, "accessRight")),
            ],
        };
    }

    private static ScheduledTargetDefinition Require(ScheduledTargetDefinition? target, string setting) =>
        target ?? throw new ArgumentException($"The scheduled task has no '{setting}' target.", nameof(target));
}
