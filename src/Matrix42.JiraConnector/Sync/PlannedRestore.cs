using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>A card marked removed or inactive whose object is back and active in Jira.</summary>
/// <param name="Key">The entity.</param>
/// <param name="DataCardId">The card whose state attribute is set back.</param>
public sealed record PlannedRestore(EntityKey Key, string DataCardId);
