using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Queues card writes of one target and sends them as ESM bulk writes of a fixed size with bounded concurrency.
/// Before a bulk write, the cache entries of the cards it changes are dropped; after it, the entries of the cards
/// that were saved are committed under the lease. A stopped or crashed run thus keeps exactly what it loaded, and
/// no entry outlives a change to its card.
/// </summary>
internal sealed class CardLoader : IDisposable
{
    private readonly Lock _gate = new();
    private readonly RunContext _run;
    private readonly TargetSpec _target;
    private readonly Action<EntityKey, string> _onLoaded;
    private readonly SemaphoreSlim _slots;
    private readonly List<Task> _inFlight = [];
    private List<CardWrite> _buffer = [];

    /// <summary>Creates a loader.</summary>
    /// <param name="run">The run.</param>
    /// <param name="target">The target written.</param>
    /// <param name="onLoaded">Called with each saved card, so indexes learn the ids of created cards.</param>
    public CardLoader(RunContext run, TargetSpec target, Action<EntityKey, string> onLoaded)
    {
        _run = run;
        _target = target;
        _onLoaded = onLoaded;
        _slots = new SemaphoreSlim(Math.Max(1, run.Options.MaxConcurrentLoads));
    }

    /// <summary>Queues a write; sends a bulk write when the batch is full.</summary>
    /// <param name="write">The write.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when the write is queued (or its batch is under way).</returns>
    public async Task AddAsync(CardWrite write, CancellationToken cancellationToken)
    {
        List<CardWrite>? full = null;
        lock (_gate)
        {
            _buffer.Add(write);
            if (_buffer.Count >= Math.Max(1, _run.Options.LoadBatchSize))
            {
                full = _buffer;
                _buffer = [];
            }
        }

        if (full is not null)
        {
            await StartAsync(full, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends what is queued and waits for every bulk write.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when all writes are done.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<CardWrite> rest;
        lock (_gate)
        {
            rest = _buffer;
            _buffer = [];
        }

        if (rest.Count > 0)
        {
            await StartAsync(rest, cancellationToken).ConfigureAwait(false);
        }

        Task[] pending;
        lock (_gate)
        {
            pending = [.. _inFlight];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    /// <summary>Waits for the bulk writes already sent, without sending what is still queued.</summary>
    /// <returns>A task that completes when they are done.</returns>
    public async Task WaitForSentAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _inFlight];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    /// <summary>Releases the concurrency limiter.</summary>
    public void Dispose() => _slots.Dispose();

    private async Task StartAsync(List<CardWrite> batch, CancellationToken cancellationToken)
    {
        // Waiting for a slot here is the back-pressure that keeps the extract from running far ahead.
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var task = WriteAsync(batch, cancellationToken);
        lock (_gate)
        {
            _inFlight.RemoveAll(t => t.IsCompletedSuccessfully);
            _inFlight.Add(task);
        }
    }

    private async Task WriteAsync(List<CardWrite> batch, CancellationToken cancellationToken)
    {
        try
        {
            var items = batch.Select(w => (w.Key.Id, w.DataCardId is null
                    ? EsmBulkItem.Create(_target.Folder, w.Values)
                    : EsmBulkItem.Modify(w.DataCardId, w.Values)))
                .ToList();
            // The write and the cache commit after it are not atomic. Entries of the cards about to change go
            // first, so a process dying in between leaves no entry describing what a card held before.
            var changing = batch.Where(w => w.DataCardId is not null).Select(w => w.Key).ToList();
            if (changing.Count > 0)
            {
                await _run.Store.CommitCacheAsync(
                    _run.CurrentLease, new TaskCacheBatch { Removals = changing }, cancellationToken)
                    .ConfigureAwait(false);
            }

            IReadOnlyList<(string? DataCardId, string? Error)> outcomes;
            try
            {
                outcomes = await BulkWriter.WriteAsync(
                    _run.Esm, _target, items, _run.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (EsmApiException error)
            {
                // The whole batch failed; each card is recorded and the run goes on with the next batch.
                outcomes = [.. batch.Select(_ => ((string?)null, (string?)Errors.Describe(error)))];
                SyncLog.BatchFailed(_run.Logger, _run.TaskId, _run.ExecutionId, batch.Count, error.StatusCode);
            }

            await RecordAsync(batch, outcomes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task RecordAsync(
        List<CardWrite> batch,
        IReadOnlyList<(string? DataCardId, string? Error)> outcomes,
        CancellationToken cancellationToken)
    {
        var saved = new List<TaskCacheEntry>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var write = batch[i];
            var (cardId, error) = outcomes[i];
            if (cardId is not null)
            {
                _onLoaded(write.Key, cardId);
            }

            if (error is null && cardId is not null)
            {
                saved.Add(new TaskCacheEntry(write.Key, write.ContentHash, cardId, write.JiraUpdated));
                if (write.DataCardId is null)
                {
                    _run.Tally.AddCreated();
                    _run.Written.AddCreated(write.Key);
                }
                else
                {
                    _run.Tally.AddUpdated();
                    _run.Written.AddUpdated(write.Key);
                }

                _run.Watermark.Finished(write.Key.Id);
                continue;
            }

            _run.Tally.AddFailed();
            _run.Watermark.Failed(write.Key.Id);
            _run.Recorder.AddError(write.Key, "load", error ?? "ESM did not save the card.");
            SyncLog.EntityFailed(_run.Logger, _run.TaskId, _run.ExecutionId, write.Key.ToString(), "load");
        }

        if (saved.Count > 0)
        {
            var commit = new TaskCacheBatch { Upserts = saved };
            // Committed even when the run is being stopped: these cards are in ESM, and the cache should say so.
            await _run.Store.CommitCacheAsync(_run.CurrentLease, commit, CancellationToken.None).ConfigureAwait(false);
        }

        _run.Recorder.Report(SyncPhase.Loading);
    }
}
