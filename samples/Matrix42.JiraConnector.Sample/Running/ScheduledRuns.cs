using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// Runs the scheduled tasks of one connector once through the SDK's <see cref="ScheduledTaskRunner"/>, and turns
/// each run record into the sample's outcome. Each real run is traced and measured with the hosting package's
/// <see cref="ConnectorTelemetry"/>, as the scheduler does for the runs it starts.
/// </summary>
internal sealed class ScheduledRuns
{
    private readonly ConnectorDefinition _connector;
    private readonly ScheduledTaskRunner _runner;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ConnectorTelemetry? _telemetry;

    /// <summary>The level of the "task ended" event (8003); the demo lowers it to Debug.</summary>
    public LogLevel RunLogLevel { get; init; } = LogLevel.Information;

    public ScheduledRuns(
        ConnectorDefinition connector,
        ConnectorClients clients,
        IConnectorStateStore store,
        string snapshotDirectory,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        ConnectorTelemetry? telemetry = null)
    {
        _connector = connector;
        _time = timeProvider;
        _telemetry = telemetry;
        _logger = loggerFactory.CreateLogger("Matrix42.JiraConnector.Sample");
        var options = new ScheduledTaskRunnerOptions
        {
            Snapshots = new ExtractSnapshotOptions { Folder = snapshotDirectory },
        };
        _runner = new ScheduledTaskRunner(
            clients.Jira, clients.Esm, store, options, timeProvider, loggerFactory.CreateLogger<ScheduledTaskRunner>());
    }

    /// <summary>
    /// Runs <paramref name="task"/> once. A real run's outcome names the cards the run wrote, as the runner
    /// reports them; a dry run's outcome names the cards of its plan.
    /// </summary>
    public async Task<TaskRunOutcome> RunAsync(
        ScheduledTaskDefinition task, bool dryRun, CancellationToken cancellationToken)
    {
        var key = new TaskKey(_connector.Id ?? string.Empty, task.Id ?? string.Empty);
        var started = _time.GetTimestamp();
        using var span = ConnectorTelemetry.StartRun(key, RunReason.Manual);
        span?.SetTag("dry_run", dryRun);
        var request = new ScheduledRunRequest { Trigger = RunTrigger.Manual, DryRun = dryRun };
        var result = await _runner.RunAsync(task, request, cancellationToken: cancellationToken);
        var outcome = Outcome(task, result);
        span?.SetTag("result", outcome.Status);
        if (!dryRun && _telemetry is not null)
        {
            _telemetry.RecordRun(key, SchedulerResultOf(outcome), _time.GetElapsedTime(started));
            if (!result.SkippedAsRunning)
            {
                _telemetry.RecordEntities(key, result.Record.Counts, _connector.EnvironmentType.ToString());
            }
        }

        return outcome;
    }

    private static SchedulerRunResult SchedulerResultOf(TaskRunOutcome outcome) => outcome.Status switch
    {
        "Failed" => SchedulerRunResult.Failed,
        "Stopped" => SchedulerRunResult.Cancelled,
        "Skipped" => SchedulerRunResult.Skipped,
        _ => SchedulerRunResult.Succeeded,
    };

    private TaskRunOutcome Outcome(ScheduledTaskDefinition task, ScheduledRunResult result)
    {
        var record = result.Record;
        var written = result.Written;
        var plan = result.Plan;
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
            Created = written is not null ? Texts(written.Created) : Planned(plan, CardWriteAction.Create),
            Updated = written is not null ? Texts(written.Updated) : Planned(plan, CardWriteAction.Update),
            Marked = (written?.Marked ?? plan?.Marks ?? []).Select(m => $"{m.Key} {m.Kind}").ToList(),
            Restored = written is not null
                ? Texts(written.Restored)
                : plan?.Restores.Select(r => r.Key.ToString()).ToList() ?? [],
            KeysTruncated = written?.Truncated ?? false,
            Snapshots = record.Snapshots.Select(s => s.Path).ToList(),
        };
        SampleLog.TaskEnded(_logger, RunLogLevel, outcome.TaskId, outcome.ConnectorId, outcome.Status);
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

    private static List<string> Texts(IEnumerable<EntityKey> keys) => keys.Select(k => k.ToString()).ToList();

    private static List<string> Planned(SyncPlan? plan, CardWriteAction action) =>
        plan?.Writes.Where(w => w.Action == action).Select(w => w.Key.ToString()).ToList() ?? [];

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
