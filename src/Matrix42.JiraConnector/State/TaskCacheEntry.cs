namespace Matrix42.JiraConnector.State;

/// <summary>What a task last loaded for one entity, used to skip unchanged entities on the next run.</summary>
/// <param name="Key">The entity.</param>
/// <param name="ContentHash">The hash of the mapped attribute values that were written.</param>
/// <param name="DataCardId">The ESM data card that holds the entity.</param>
/// <param name="JiraUpdated">For issues, Jira's <c>updated</c> value at load time; otherwise <see
/// langword="null"/>.</param>
public sealed record TaskCacheEntry(EntityKey Key, string ContentHash, string DataCardId, DateTimeOffset? JiraUpdated);
