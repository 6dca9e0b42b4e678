using System.Collections.Concurrent;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;
using Matrix42.JiraConnector.Sync.Diff;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Reads a target template's cards once per run (one paged query) into key → card.</summary>
internal static class CardIndexer
{
    /// <summary>Builds the index.</summary>
    /// <param name="esm">The ESM client.</param>
    /// <param name="target">The target.</param>
    /// <param name="ownership">Decides which card wins when two carry the same key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The index.</returns>
    public static async Task<ConcurrentDictionary<EntityKey, IndexedCard>> BuildAsync(
        IEsmClient esm,
        TargetSpec target,
        OwnershipRules ownership,
        CancellationToken cancellationToken)
    {
        var index = new ConcurrentDictionary<EntityKey, IndexedCard>();
        await foreach (var card in esm.QueryAsync(target.Template, null, target.IndexAttributes, 200, cancellationToken)
                           .ConfigureAwait(false))
        {
            if (card.Deleted || FirstText(card, target.MatchAttribute) is not { } key)
            {
                continue;
            }

            var indexed = new IndexedCard(
                new EntityKey(target.Kind, key),
                card.DataCardId,
                FirstText(card, target.TaskIdAttribute),
                Attribute(card, target.Removed),
                Attribute(card, target.Inactive));

            // Duplicates happen when someone copied a card; prefer the one this task already owns.
            index.AddOrUpdate(indexed.Key, indexed, (_, existing) =>
                ownership.Judge(existing.OwnerTaskId) == OwnershipVerdict.Owned ? existing : indexed);
        }

        return index;
    }

    private static string? Attribute(EsmCard card, Configuration.StateValueSetting setting) =>
        setting.Enabled && setting.Attribute is { } code ? FirstText(card, code) : null;

    /// <summary>The first value of an attribute as text, whatever its ESM type.</summary>
    /// <param name="card">The card.</param>
    /// <param name="attribute">The attribute code.</param>
    /// <returns>The text, or <see langword="null"/> when empty.</returns>
    public static string? FirstText(EsmCard card, string attribute)
    {
        var values = card.ValuesOf(attribute);
        if (values.Count == 0)
        {
            return null;
        }

        var text = values[0] switch
        {
            EsmTextValue t => t.Value,
            EsmStaticValue s => s.Value ?? s.Code,
            EsmNumberValue n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EsmReferenceValue r => r.DataCardId,
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
