namespace Matrix42.JiraConnector.State;

/// <summary>Summary of a task's cache.</summary>
/// <param name="EntryCount">How many entities the cache holds.</param>
/// <param name="LastClearedAt">When the cache was last cleared; <see langword="null"/> if never.</param>
/// <param name="LastClearReason">Why it was last cleared; <see langword="null"/> if never.</param>
/// <param name="MappingFingerprint">
/// The mapping fingerprint recorded at the last clear; a run compares it with the current mapping and clears
/// the cache when they differ. <see langword="null"/> if none was recorded.
/// </param>
public sealed record TaskCacheInfo(
    int EntryCount,
    DateTimeOffset? LastClearedAt,
    CacheClearReason? LastClearReason,
    string? MappingFingerprint);
