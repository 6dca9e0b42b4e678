namespace Matrix42.JiraConnector.State;

/// <summary>
/// One atomic change to a task's cache: entries for entities that were loaded, and keys whose entries
/// must go (for example cards marked removed). A run commits one batch per loaded ESM batch.
/// </summary>
public sealed record TaskCacheBatch
{
    /// <summary>Entries to add or replace.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyCollection<TaskCacheEntry> Upserts { get; init; } = [];

    /// <summary>Keys whose entries are removed.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyCollection<EntityKey> Removals { get; init; } = [];

    /// <summary>Whether the batch changes nothing.</summary>
    public bool IsEmpty => Upserts.Count == 0 && Removals.Count == 0;
}
