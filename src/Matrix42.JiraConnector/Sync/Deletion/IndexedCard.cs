using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Deletion;

/// <summary>One existing ESM card of a task's template, as the per-run key index holds it.</summary>
/// <param name="Key">The entity the card holds (from its match-key attribute).</param>
/// <param name="DataCardId">The card.</param>
/// <param name="OwnerTaskId">The task id stamped on the card; <see langword="null"/> when none.</param>
/// <param name="RemovedState">The card's value of the removed-state attribute.</param>
/// <param name="InactiveState">The card's value of the inactive-state attribute (often the same attribute).</param>
internal sealed record IndexedCard(
    EntityKey Key,
    string DataCardId,
    string? OwnerTaskId,
    string? RemovedState,
    string? InactiveState);
