using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;

namespace Matrix42.JiraConnector.Sync.Diff;

/// <summary>Decides per mapped entity whether to create, update, skip, or leave the card to its owner.</summary>
internal static class ChangeDetector
{
    /// <summary>Decides what to do with one mapped entity.</summary>
    /// <param name="key">The entity.</param>
    /// <param name="contentHash">The hash of its mapped values.</param>
    /// <param name="cached">The task's cache entry for it, if any.</param>
    /// <param name="card">The existing card with its match key, from the run's index, if any.</param>
    /// <param name="ownership">The task's ownership rules.</param>
    /// <returns>The planned write.</returns>
    public static PlannedCardWrite Decide(
        EntityKey key,
        string contentHash,
        TaskCacheEntry? cached,
        IndexedCard? card,
        OwnershipRules ownership)
    {
        ArgumentNullException.ThrowIfNull(ownership);
        if (card is null)
        {
            return new PlannedCardWrite(key, CardWriteAction.Create, null, null);
        }

        var verdict = ownership.Judge(card.OwnerTaskId);
        if (verdict == OwnershipVerdict.Conflict)
        {
            return new PlannedCardWrite(key, CardWriteAction.Conflict, card.DataCardId, card.OwnerTaskId);
        }

        // Unchanged only when this task last wrote exactly these values into this very card and still owns it;
        // an adopted card must be written once to carry the task's own id.
        var unchanged = verdict == OwnershipVerdict.Owned && cached is not null &&
                        string.Equals(cached.ContentHash, contentHash, StringComparison.Ordinal) &&
                        string.Equals(cached.DataCardId, card.DataCardId, StringComparison.Ordinal);
        return new PlannedCardWrite(
            key, unchanged ? CardWriteAction.Unchanged : CardWriteAction.Update, card.DataCardId, null);
    }
}
