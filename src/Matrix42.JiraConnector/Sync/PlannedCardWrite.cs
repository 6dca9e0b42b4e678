using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>One card a run creates or updates, or leaves alone because of a conflict.</summary>
/// <param name="Key">The entity.</param>
/// <param name="Action">What happens to the card.</param>
/// <param name="DataCardId">The existing card, or <see langword="null"/> for a create.</param>
/// <param name="OwnerTaskId">For a conflict, the task id the card carries.</param>
public sealed record PlannedCardWrite(EntityKey Key, CardWriteAction Action, string? DataCardId, string? OwnerTaskId);
