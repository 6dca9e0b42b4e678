using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Clears a task's cache in the state store at its cache-clear hours; the watermark stays.</summary>
internal sealed class StateStoreCacheCleaner(IConnectorStateStore state) : ITaskCacheCleaner
{
    public Task ClearCacheAsync(TaskKey key, CancellationToken cancellationToken = default) =>
        state.ClearCacheAsync(key.TaskId, CacheClearReason.Scheduled, cancellationToken: cancellationToken);
}
