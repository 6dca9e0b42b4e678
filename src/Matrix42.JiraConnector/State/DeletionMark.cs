namespace Matrix42.JiraConnector.State;

/// <summary>One card a deletion marking would change.</summary>
/// <param name="Key">The entity the card holds.</param>
/// <param name="DataCardId">The card.</param>
/// <param name="Kind">Which value it would get.</param>
public sealed record DeletionMark(EntityKey Key, string DataCardId, DeletionMarkKind Kind);
