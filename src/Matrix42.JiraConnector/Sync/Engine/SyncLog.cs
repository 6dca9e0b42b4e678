using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Log messages of scheduled runs (event ids 4000-4099). Every message carries the task and execution id;
/// none carries personal data, only entity keys (Jira ids).
/// </summary>
internal static partial class SyncLog
{
    [LoggerMessage(4000, LogLevel.Information, "Run {ExecutionId} of task {TaskId} started ({Mode}, dry run {DryRun})")]
    public static partial void RunStarted(ILogger logger, string taskId, string executionId, string mode, bool dryRun);

    [LoggerMessage(4001, LogLevel.Information, "Task {TaskId} is already running elsewhere; run skipped")]
    public static partial void LeaseBusy(ILogger logger, string taskId);

    [LoggerMessage(4002, LogLevel.Information, "Cache of task {TaskId} cleared ({Reason})")]
    public static partial void CacheCleared(ILogger logger, string taskId, string reason);

    [LoggerMessage(4003, LogLevel.Information,
        "Task {TaskId} run {ExecutionId} indexed {Count} cards of template {Template}")]
    public static partial void Indexed(ILogger logger, string taskId, string executionId, int count, string template);

    [LoggerMessage(4004, LogLevel.Warning, "Task {TaskId} run {ExecutionId}: entity {EntityKey} failed in {Phase}")]
    public static partial void EntityFailed(
        ILogger logger, string taskId, string executionId, string entityKey, string phase);

    [LoggerMessage(4005, LogLevel.Warning,
        "Task {TaskId} run {ExecutionId}: a bulk write of {Count} cards failed with status {Status}")]
    public static partial void BatchFailed(ILogger logger, string taskId, string executionId, int count, int? status);

    [LoggerMessage(4006, LogLevel.Error, "Task {TaskId} run {ExecutionId}: extract failed")]
    public static partial void ExtractFailed(ILogger logger, string taskId, string executionId, Exception error);

    [LoggerMessage(4007, LogLevel.Error, "Task {TaskId} run {ExecutionId}: load failed")]
    public static partial void LoadFailed(ILogger logger, string taskId, string executionId, Exception error);

    [LoggerMessage(4008, LogLevel.Warning,
        "Task {TaskId} run {ExecutionId}: deletion marking of {Count} cards held for approval: {Reason}")]
    public static partial void DeletionHeld(
        ILogger logger, string taskId, string executionId, int count, string reason);

    [LoggerMessage(4009, LogLevel.Information,
        "Task {TaskId} run {ExecutionId}: marked {Removed} removed, {Inactive} inactive, restored {Restored}")]
    public static partial void MarksApplied(
        ILogger logger, string taskId, string executionId, int removed, int inactive, int restored);

    [LoggerMessage(4010, LogLevel.Warning, "Task {TaskId} run {ExecutionId} was stopped")]
    public static partial void RunStopped(ILogger logger, string taskId, string executionId);

    [LoggerMessage(4011, LogLevel.Error, "Task {TaskId} run {ExecutionId} lost its lease and stopped writing")]
    public static partial void LeaseLost(ILogger logger, string taskId, string executionId);

    [LoggerMessage(4012, LogLevel.Information,
        "Run {ExecutionId} of task {TaskId} ended: extract {Extract}, load {Load}; read {Read}, created {Created}, " +
        "updated {Updated}, unchanged {Unchanged}, failed {Failed}")]
    public static partial void RunEnded(
        ILogger logger, string taskId, string executionId, string extract, string load,
        int read, int created, int updated, int unchanged, int failed);

    [LoggerMessage(4013, LogLevel.Warning, "Task {TaskId} run {ExecutionId}: the failure card could not be created")]
    public static partial void FailureCardFailed(ILogger logger, string taskId, string executionId, Exception error);

    [LoggerMessage(4014, LogLevel.Debug,
        "Task {TaskId} run {ExecutionId}: card {DataCardId} of entity {EntityKey} belongs to another task")]
    public static partial void Conflict(
        ILogger logger, string taskId, string executionId, string dataCardId, string entityKey);
}
