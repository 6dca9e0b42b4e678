namespace Matrix42.JiraConnector.Esm;

/// <summary>Upsert by a key attribute, safe against lost create answers.</summary>
public sealed partial class EsmClient
{
    // Enough to name the conflicting cards; a real key matches one card at most.
    private const int MatchPageSize = 50;

    /// <inheritdoc />
    public async Task<EsmWriteResult> UpsertAsync(
        string templateCode,
        string folderCode,
        string matchAttribute,
        string matchValue,
        EsmAttributeSet data,
        EsmFilter? extraFilter = null,
        CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("UpsertAsync", templateCode);
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(folderCode);
        ArgumentException.ThrowIfNullOrEmpty(matchValue);
        ArgumentNullException.ThrowIfNull(data);
        var key = new MatchKey(templateCode, matchAttribute, matchValue, extraFilter);

        var matches = await FindMatchesAsync(key, cancellationToken).ConfigureAwait(false);
        if (matches.Count == 1)
        {
            return await ModifyAsync(templateCode, matches[0], data, null, cancellationToken).ConfigureAwait(false);
        }

        var createData = WithKey(data, matchAttribute, matchValue);
        try
        {
            return await CreateAsync(templateCode, folderCode, createData, cancellationToken).ConfigureAwait(false);
        }
        catch (EsmUnknownOutcomeException lost)
        {
            // The create may have happened: look before creating again, so a lost answer never makes two cards.
            var found = await ReconcileAsync(key, lost, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return found;
            }
        }

        try
        {
            return await CreateAsync(templateCode, folderCode, createData, cancellationToken).ConfigureAwait(false);
        }
        catch (EsmUnknownOutcomeException lostAgain)
        {
            var found = await ReconcileAsync(key, lostAgain, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return found;
            }

            throw;
        }
    }

    private async Task<IReadOnlyList<string>> FindMatchesAsync(MatchKey key, CancellationToken cancellationToken)
    {
        var filter = Eql.Attr(key.Attribute).Eq(key.Value);
        filter = key.ExtraFilter is null ? filter : filter.And(key.ExtraFilter);
        var pages = QueryPagesAsync(key.TemplateCode, filter, [key.Attribute], MatchPageSize, null, cancellationToken);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var ids = page.Cards.Select(c => c.DataCardId).ToArray();
            if (ids.Length > 1)
            {
                EsmLog.UpsertConflict(Logger, ids.Length, key.TemplateCode, key.Attribute);
                throw new EsmConflictException(key.TemplateCode, key.Attribute, key.Value, ids);
            }

            return ids;
        }

        return [];
    }

    private async Task<EsmWriteResult?> ReconcileAsync(
        MatchKey key, EsmUnknownOutcomeException lost, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> matches;
        try
        {
            matches = await FindMatchesAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (EsmApiException lookup) when (lookup is not EsmConflictException)
        {
            throw new EsmUnknownOutcomeException(
                $"{lost.Message} Looking the card up afterwards failed as well: {lookup.Message}", lost);
        }

        if (matches.Count == 0)
        {
            return null;
        }

        EsmLog.UpsertReconciled(Logger, matches[0], key.TemplateCode);
        return new EsmWriteResult(matches[0], created: true, []) { Reconciled = true };
    }

    // A new card must carry its key, or the next upsert (and any reconciliation) would not find it.
    private static EsmAttributeSet WithKey(EsmAttributeSet data, string matchAttribute, string matchValue)
    {
        if (data.ContainsKey(matchAttribute))
        {
            return data;
        }

        var copy = new EsmAttributeSet();
        foreach (var (code, values) in data)
        {
            copy.Set(code, values);
        }

        return copy.Set(matchAttribute, EsmValue.Text(matchValue));
    }

    private sealed record MatchKey(string TemplateCode, string Attribute, string Value, EsmFilter? ExtraFilter);
}
