using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>A progress report of a scheduled run.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="ExecutionId">The run.</param>
/// <param name="Phase">The step the run is in.</param>
/// <param name="Counts">The counts so far.</param>
public sealed record SyncProgress(string TaskId, string ExecutionId, SyncPhase Phase, RunCounts Counts);
