namespace Matrix42.JiraConnector.State;

/// <summary>
/// A card a task marked removed or inactive. Kept so the card can be restored when the object reappears and
/// so the deletion guard knows what was already marked.
/// </summary>
/// <param name="Key">The entity.</param>
/// <param name="DataCardId">The marked card.</param>
/// <param name="Kind">Which value was written.</param>
/// <param name="MarkedAt">When it was marked.</param>
public sealed record RemovedKeyEntry(EntityKey Key, string DataCardId, DeletionMarkKind Kind, DateTimeOffset MarkedAt);
