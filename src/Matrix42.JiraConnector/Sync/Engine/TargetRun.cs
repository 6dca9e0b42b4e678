using System.Collections.Concurrent;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;
using Matrix42.JiraConnector.Sync.Diff;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>One target's part of a run: its index, mapping, the keys seen, and its loader.</summary>
internal sealed class TargetRun : IDisposable
{
    private readonly RunContext _run;

    public TargetRun(
        RunContext run,
        TargetSpec spec,
        EntityMapper mapper,
        OwnershipRules ownership,
        ConcurrentDictionary<EntityKey, IndexedCard> index)
    {
        _run = run;
        Spec = spec;
        Mapper = mapper;
        Ownership = ownership;
        Index = index;
        Loader = run.DryRun ? null : new CardLoader(run, spec, OnLoaded);
    }

    public TargetSpec Spec { get; }

    public EntityMapper Mapper { get; }

    public OwnershipRules Ownership { get; }

    /// <summary>Key → card; grows as the run creates cards, so references resolve to new cards too.</summary>
    public ConcurrentDictionary<EntityKey, IndexedCard> Index { get; }

    /// <summary>Every key the extract returned, with whether it is active.</summary>
    public ConcurrentDictionary<EntityKey, bool> Seen { get; } = new();

    public CardLoader? Loader { get; }

    /// <summary>Adds membership references (card ids) to an entity's values; set for the side that lists
    /// them.</summary>
    public (string Attribute, Func<EntityKey, IReadOnlyList<string>> CardIds)? Memberships { get; set; }

    /// <summary>The card id of a key, if the card exists or was created in this run.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The card id.</returns>
    public string? CardIdOf(EntityKey key) => Index.TryGetValue(key, out var card) ? card.DataCardId : null;

    /// <summary>Maps, diffs and queues a batch of extracted objects.</summary>
    /// <param name="items">The objects.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when the batch is queued.</returns>
    public async Task ProcessAsync(IReadOnlyList<SourceItem> items, CancellationToken cancellationToken)
    {
        var cache = _run.IgnoreCache
            ? new Dictionary<EntityKey, TaskCacheEntry>()
            : await _run.Store.GetCacheEntriesAsync(_run.TaskId, [.. items.Select(i => i.Key)], cancellationToken)
                .ConfigureAwait(false);

        foreach (var item in items)
        {
            Seen[item.Key] = item.Active;
            var (values, hash) = Map(item);
            Index.TryGetValue(item.Key, out var card);
            var write = ChangeDetector.Decide(item.Key, hash, cache.GetValueOrDefault(item.Key), card, Ownership);
            await ApplyAsync(item, write, values, hash, cancellationToken).ConfigureAwait(false);
        }

        _run.Recorder.Report(SyncPhase.Extracting);
    }

    private (EsmAttributeSet Values, string Hash) Map(SourceItem item)
    {
        var mapped = Mapper.Map(item.Json);
        if (mapped.Problems.Count > 0)
        {
            _run.Recorder.AddError(item.Key, "map", mapped.Problems[0]);
        }

        if (Memberships is not { } memberships)
        {
            return (mapped.Values, mapped.ContentHash);
        }

        // Sorted, so the same members in another order do not count as a change.
        var ids = memberships.CardIds(item.Key).Order(StringComparer.Ordinal).ToList();
        mapped.Values.Set(memberships.Attribute, ids.Select(id => (EsmValue)EsmValue.Reference(id)));
        var hash = ContentHash.Compute(
        [
            new("content", [mapped.ContentHash]),
            new(memberships.Attribute, [.. ids]),
        ]);
        return (mapped.Values, hash);
    }

    private async Task ApplyAsync(
        SourceItem item,
        PlannedCardWrite write,
        EsmAttributeSet values,
        string hash,
        CancellationToken cancellationToken)
    {
        switch (write.Action)
        {
            case CardWriteAction.Unchanged:
                _run.Tally.AddUnchanged();
                _run.Watermark.Finished(item.Key.Id);
                return;

            case CardWriteAction.Conflict:
                _run.Tally.AddConflicts();
                _run.Watermark.Finished(item.Key.Id);
                _run.Recorder.AddError(item.Key, "ownership",
                    $"Card {write.DataCardId} carries the task id '{write.OwnerTaskId}' and was left alone.");
                SyncLog.Conflict(_run.Logger, _run.TaskId, _run.ExecutionId, write.DataCardId!, item.Key.ToString());
                _run.Plan.AddWrite(write);
                return;
        }

        if (Loader is null)
        {
            _run.Plan.AddWrite(write);
            if (write.Action == CardWriteAction.Create)
            {
                _run.Tally.AddCreated();
            }
            else
            {
                _run.Tally.AddUpdated();
            }

            return;
        }

        var cardWrite = new CardWrite(item.Key, write.DataCardId, values, hash, item.Updated);
        await Loader.AddAsync(cardWrite, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the loader.</summary>
    public void Dispose() => Loader?.Dispose();

    private void OnLoaded(EntityKey key, string dataCardId) =>
        Index.AddOrUpdate(
            key,
            _ => new IndexedCard(key, dataCardId, Ownership.TaskId, null, null),
            (_, existing) => existing with { DataCardId = dataCardId, OwnerTaskId = Ownership.TaskId });
}
