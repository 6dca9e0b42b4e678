using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// Runs the scheduled tasks of one connector once through the SDK's <see cref="ScheduledTaskRunner"/>, and turns
/// each run record into the sample's outcome.
/// </summary>
internal sealed class ScheduledRuns
{
    private readonly ConnectorDefinition _connector;
    private readonly ScheduledTaskRunner _runner;
    private readonly ILogger _logger;

    public ScheduledRuns(
        ConnectorDefinition connector,
        ConnectorClients clients,
        IConnectorStateStore store,
        string snapshotDirectory,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _connector = connector;
        _logger = loggerFactory.CreateLogger("Matrix42.JiraConnector.Sample");
        var options = new ScheduledTaskRunnerOptions
        {
            Snapshots = new ExtractSnapshotOptions { Folder = snapshotDirectory },
        };
        _runner = new ScheduledTaskRunner(
            clients.Jira, clients.Esm, store, options, timeProvider, loggerFactory.CreateLogger<ScheduledTaskRunner>());
    }

    /// <summary>
    /// Runs <paramref name="task"/> once. With <paramref name="listKeys"/> a dry run goes first, so the outcome can
    /// name the cards created, updated and marked (the run record itself only counts them).
    /// </summary>
    public async Task<TaskRunOutcome> RunAsync(
        ScheduledTaskDefinition task, bool dryRun, CancellationToken cancellationToken, bool listKeys = false)
    {
        var request = new ScheduledRunRequest { Trigger = RunTrigger.Manual, DryRun = dryRun };
        SyncPlan? plan = null;
        if (dryRun || listKeys)
        {
            var planned = await _runner.RunAsync(
                task, request with { DryRun = true }, cancellationToken: cancellationToken);
            plan = planned.Plan;
            if (dryRun)
            {
                return Outcome(task, planned, plan);
            }
        }

        var result = await _runner.RunAsync(task, request, cancellationToken: cancellationToken);
        return Outcome(task, result, plan);
    }

    private TaskRunOutcome Outcome(ScheduledTaskDefinition task, ScheduledRunResult result, SyncPlan? plan)
    {
        var record = result.Record;
        var failedKeys = record.Errors.Where(e => e.Key is not null).Select(e => e.Key!.Value).ToHashSet();
        var outcome = new TaskRunOutcome
        {
            ConnectorId = _connector.Id ?? string.Empty,
            TaskId = record.TaskId,
            TaskName = task.Name ?? record.TaskId,
            Kind = "scheduled",
            Status = StatusOf(result),
            ExecutionId = record.ExecutionId,
            DryRun = record.IsDryRun,
            ExtractStatus = record.Extract.Status.ToString(),
            LoadStatus = record.Load.Status.ToString(),
            Counts = CountsOf(record.Counts),
            Errors = record.Errors
                .Select(e => e.Key is null ? $"{e.Phase}: {e.Message}" : $"{e.Phase} {e.Key}: {e.Message}")
                .ToList(),
            Created = KeysOf(plan, CardWriteAction.Create, failedKeys),
            Updated = KeysOf(plan, CardWriteAction.Update, failedKeys),
            Marked = plan?.Marks.Select(m => $"{m.Key} {m.Kind}").ToList() ?? [],
            Snapshots = record.Snapshots.Select(s => s.Path).ToList(),
        };
        SampleLog.TaskEnded(_logger, outcome.TaskId, outcome.ConnectorId, outcome.Status);
        return outcome;
    }

    private static string StatusOf(ScheduledRunResult result)
    {
        if (result.SkippedAsRunning)
        {
            return "Skipped";
        }

        RunPhaseStatus[] phases = [result.Record.Extract.Status, result.Record.Load.Status];
        return phases.Contains(RunPhaseStatus.Failed) ? "Failed"
            : phases.Contains(RunPhaseStatus.Stopped) ? "Stopped"
            : phases.Contains(RunPhaseStatus.HeldForApproval) ? "HeldForApproval"
            : "Succeeded";
    }

    private static List<string> KeysOf(SyncPlan? plan, CardWriteAction action, HashSet<EntityKey> failed) =>
        plan?.Writes.Where(w => w.Action == action && !failed.Contains(w.Key)).Select(w => w.Key.ToString()).ToList()
        ?? [];

    private static RunCountsReport CountsOf(RunCounts c) => new()
    {
        Read = c.Read,
        Created = c.Created,
        Updated = c.Updated,
        Unchanged = c.Unchanged,
        Failed = c.Failed,
        Conflicts = c.Conflicts,
        MarkedInactive = c.MarkedInactive,
        MarkedRemoved = c.MarkedRemoved,
        Restored = c.Restored,
    };
}
