using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Incremental;
using Matrix42.JiraConnector.Sync.Recording;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Everything one run shares between its steps.</summary>
internal sealed class RunContext
{
    public required ScheduledTaskDefinition Task { get; init; }

    public required string TaskId { get; init; }

    public required ScheduledRunRequest Request { get; init; }

    public required ScheduledTaskRunnerOptions Options { get; init; }

    public required IJiraClient Jira { get; init; }

    public required IEsmClient Esm { get; init; }

    public required IConnectorStateStore Store { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required ILogger Logger { get; init; }

    public required RunRecorder Recorder { get; init; }

    public required RunMode Mode { get; init; }

    /// <summary>The lease of a real run; <see langword="null"/> for a dry run, which writes nothing.</summary>
    public LeaseKeeper? Lease { get; init; }

    public WatermarkTracker Watermark { get; } = new();

    /// <summary>Set when a dry run finds the cache due for clearing: it plans as if it were empty.</summary>
    public bool IgnoreCache { get; set; }

    /// <summary>The snapshot files of this run, by stream; empty when snapshots are off or in a dry run.</summary>
    public Dictionary<SnapshotKind, Snapshots.SnapshotFile> SnapshotFiles { get; } = [];

    public PlanBuilder Plan { get; } = new();

    /// <summary>The cards a real run wrote, as ESM confirmed them.</summary>
    public WrittenCardsBuilder Written { get; } = new();

    /// <summary>Issues fetched in full this run: new or changed, so they may carry new comments.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> FetchedIssueIds { get; } = new();

    public RunTally Tally => Recorder.Tally;

    public string ExecutionId => Recorder.ExecutionId;

    public bool DryRun => Request.DryRun;

    /// <summary>The current lease; only called by steps that write, which never run in a dry run.</summary>
    public TaskLease CurrentLease =>
        Lease?.Lease ?? throw new InvalidOperationException("A dry run holds no lease and must not write.");
}
