using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Sends one ESM bulk write. When the outcome is unknown (timeout, reset after sending, a 5xx or a cut-off
/// answer), creates are not simply sent again: each is first looked up by its match key and turned into a modify
/// when the card exists, then the batch is sent again. Modifies set values and may repeat. This guarded resend is
/// tried up to three times, the later ones after a growing pause, so one run rides out a short outage instead of
/// failing the batch. A stop sends nothing more, but a send under way may finish for a grace period: ESM applies it
/// either way, and only its answer says which cards were saved, so the run can count them.
/// </summary>
internal static class BulkWriter
{
    // Sends in all, the first included.
    private const int MaxSends = 4;

    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(2);

    // How long a send under way may still take once the run is stopped; then its outcome stays unknown.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);

    /// <summary>Writes a batch and returns one result per item, in item order.</summary>
    /// <param name="esm">The ESM client.</param>
    /// <param name="target">The target template.</param>
    /// <param name="items">The items with their match keys (creates need them for reconciliation).</param>
    /// <param name="timeProvider">The clock the pauses between guarded resends wait on.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Per item: the card id on success, or the error text.</returns>
    public static async Task<IReadOnlyList<(string? DataCardId, string? Error)>> WriteAsync(
        IEsmClient esm,
        TargetSpec target,
        IReadOnlyList<(string MatchKey, EsmBulkItem Item)> items,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var bulk = items.Select(i => i.Item).ToList();
        EsmBulkResult result;
        for (var send = 1; ; send++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                result = await SendAsync(esm, target, bulk, timeProvider, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (EsmUnknownOutcomeException) when (send < MaxSends)
            {
                // The lookups already space the first resend; later ones wait 2 s, then 4 s.
                if (send > 1)
                {
                    await Task.Delay(FirstPause * (1 << (send - 2)), timeProvider, cancellationToken)
                        .ConfigureAwait(false);
                }

                bulk = await ReconcileCreatesAsync(esm, target, items, cancellationToken).ConfigureAwait(false);
            }
        }

        var outcomes = new (string?, string?)[items.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = (null, "ESM returned no result for this card.");
        }

        foreach (var item in result.Items)
        {
            if (item.Index < 0 || item.Index >= outcomes.Length)
            {
                continue;
            }

            outcomes[item.Index] = item.Succeeded
                ? (item.DataCardId, null)
                : (item.DataCardId, Describe(item.AttributeErrors));
        }

        return outcomes;
    }

    private static async Task<EsmBulkResult> SendAsync(
        IEsmClient esm,
        TargetSpec target,
        List<EsmBulkItem> bulk,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        using var grace = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        using var onStop = cancellationToken.Register(() => grace.CancelAfter(StopGrace));
        try
        {
            return await esm.BulkImportAsync(target.Template, bulk, grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            // The grace ran out: report the stop the caller asked for.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private static async Task<List<EsmBulkItem>> ReconcileCreatesAsync(
        IEsmClient esm,
        TargetSpec target,
        IReadOnlyList<(string MatchKey, EsmBulkItem Item)> items,
        CancellationToken cancellationToken)
    {
        var reconciled = new List<EsmBulkItem>(items.Count);
        foreach (var (matchKey, item) in items)
        {
            if (!item.IsCreate)
            {
                reconciled.Add(item);
                continue;
            }

            var filter = Eql.Attr(target.MatchAttribute).Eq(matchKey);
            string? existing = null;
            await foreach (var card in esm.QueryAsync(target.Template, filter, [target.MatchAttribute], 2,
                               cancellationToken).ConfigureAwait(false))
            {
                existing = card.DataCardId;
                break;
            }

            reconciled.Add(existing is null ? item : EsmBulkItem.Modify(existing, item.Data));
        }

        return reconciled;
    }

    private static string Describe(IReadOnlyList<EsmAttributeError> errors) =>
        errors.Count == 0
            ? "ESM did not save the card."
            : string.Join("; ", errors.Take(3).Select(e => $"{e.AttributeCode ?? "card"}: {e.Message ?? e.Error}"));
}
