namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Empties the task cache of a scheduled task, so its next run writes every card again.</summary>
/// <remarks>The incremental watermark is not part of the cache and must survive the clear.</remarks>
public interface ITaskCacheCleaner
{
    /// <summary>Clears the cache of one task.</summary>
    /// <param name="key">The scheduled task.</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    /// <returns>A task completing when the cache is empty.</returns>
    Task ClearCacheAsync(TaskKey key, CancellationToken cancellationToken = default);
}
