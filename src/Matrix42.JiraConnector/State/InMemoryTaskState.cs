namespace Matrix42.JiraConnector.State;

/// <summary>Everything the in-memory store keeps for one task. Guarded by the store's lock.</summary>
internal sealed class InMemoryTaskState
{
    public Dictionary<EntityKey, TaskCacheEntry> Cache { get; } = [];

    public DateTimeOffset? LastClearedAt { get; set; }

    public CacheClearReason? LastClearReason { get; set; }

    public string? MappingFingerprint { get; set; }

    public IncrementalWatermark? Watermark { get; set; }

    public Dictionary<EntityKey, RemovedKeyEntry> RemovedKeys { get; } = [];

    // Insertion order of first save, oldest first; the dictionary holds the latest version of each record.
    public List<string> RunOrder { get; } = [];

    public Dictionary<string, RunRecord> Runs { get; } = new(StringComparer.Ordinal);

    public List<SnapshotReference> Snapshots { get; } = [];

    public List<HeldDeletion> HeldDeletions { get; } = [];

    public long LastFencingToken { get; set; }

    public TaskLease? Lease { get; set; }
}
