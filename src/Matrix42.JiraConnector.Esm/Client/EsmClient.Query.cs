using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Reading cards: paged queries and single cards.</summary>
public sealed partial class EsmClient
{
    /// <inheritdoc />
    public IAsyncEnumerable<EsmCard> QueryAsync(
        string templateCode,
        EsmFilter? filter = null,
        IReadOnlyCollection<string>? attributes = null,
        int pageSize = MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        var pages = QueryPagesAsync(templateCode, filter, attributes, pageSize, null, cancellationToken);
        return Flatten(pages, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EsmCardPage> QueryPagesAsync(
        string templateCode,
        EsmFilter? filter = null,
        IReadOnlyCollection<string>? attributes = null,
        int pageSize = MaxPageSize,
        string? belowDataCardId = null,
        CancellationToken cancellationToken = default)
    {
        // Arguments are checked now, not at the first MoveNextAsync.
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        foreach (var code in attributes ?? [])
        {
            EsmCodes.RequireAttributeCode(code, nameof(attributes));
        }

        var below = 0L;
        if (belowDataCardId is not null && !EsmCodes.TryParseId(belowDataCardId, out below))
        {
            throw new ArgumentException($"'{belowDataCardId}' is not a data card id.", nameof(belowDataCardId));
        }

        var query = new PageQuery(templateCode, filter, attributes ?? [], pageSize, below);
        return ReadPagesAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<EsmCard?> GetCardAsync(
        string templateCode,
        string dataCardId,
        IReadOnlyCollection<string>? attributes = null,
        CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("GetCardAsync", templateCode);
        EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId));
        var template = await GetTemplateAsync(templateCode, cancellationToken).ConfigureAwait(false);
        RequireKnownAttributes(template, attributes ?? [], nameof(attributes));

        var url = Url(CardPath(templateCode, dataCardId), ("selectedAttributes", Selected(attributes)));
        using var response = await _connection.SendAsync(() => Get(url), EsmCallKind.Read, cancellationToken)
            .ConfigureAwait(false);

        // The template exists (checked above), so a 404 means the card does not.
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await _connection.FailureAsync(response, EsmCallKind.Read, cancellationToken).ConfigureAwait(false);
        }

        var json = await ParseAsync(response, cancellationToken).ConfigureAwait(false);

        // The card comes bare; an envelope { "data": card } is accepted too.
        var isBare = json.Property("dataCardId") is not null;
        return EsmCardReader.ReadCard(!isBare && json.Property("data") is { } wrapped ? wrapped : json);
    }

    private async IAsyncEnumerable<EsmCardPage> ReadPagesAsync(
        PageQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var template = await GetTemplateAsync(query.TemplateCode, cancellationToken).ConfigureAwait(false);
        RequireKnownAttributes(template, query.Filter?.AttributeCodes ?? [], "filter");
        RequireKnownAttributes(template, query.Attributes, "attributes");
        var filterText = query.Filter?.ToEql(_connection.Options.FilterLiteralFormat);

        var below = query.BelowId;
        while (true)
        {
            var cards = await ReadPageAsync(query, filterText, below, cancellationToken).ConfigureAwait(false);
            EsmLog.PageRead(Logger, cards.Count, query.TemplateCode);
            var lowest = CheckOrder(query.TemplateCode, cards, below);

            // The API's end signal: a page shorter than the limit (an empty page included).
            var isLast = cards.Count < query.PageSize;
            yield return new EsmCardPage(cards, isLast ? null : lowest.ToString(CultureInfo.InvariantCulture));
            if (isLast)
            {
                yield break;
            }

            below = lowest;
        }
    }

    private async Task<IReadOnlyList<EsmCard>> ReadPageAsync(
        PageQuery query, string? filterText, long below, CancellationToken cancellationToken)
    {
        using var activity = EsmTelemetry.Start("QueryPage", query.TemplateCode);
        // The next page's address is rebuilt from our own base: links.next may name another host or path.
        var url = Url(
            DataPath(query.TemplateCode),
            ("limit", query.PageSize.ToString(CultureInfo.InvariantCulture)),
            ("filterId", below.ToString(CultureInfo.InvariantCulture)),
            ("dataCards", "true"),
            ("filter", filterText),
            ("selectedAttributes", Selected(query.Attributes)));
        using var response = await _connection.SendAsync(() => Get(url), EsmCallKind.Read, cancellationToken)
            .ConfigureAwait(false);

        // The template is known to exist, so a 404 is ESM's way of saying that nothing matched.
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            EsmLog.ListNotFoundAsEmpty(Logger, query.TemplateCode);
            return [];
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await _connection.FailureAsync(response, EsmCallKind.Read, cancellationToken).ConfigureAwait(false);
        }

        return EsmCardReader.ReadPage(await ParseAsync(response, cancellationToken).ConfigureAwait(false));
    }

    // Ids must fall strictly, and stay below the bound asked for; anything else would page forever or skip.
    private static long CheckOrder(string templateCode, IReadOnlyList<EsmCard> cards, long below)
    {
        var previous = below > 0 ? below : long.MaxValue;
        foreach (var card in cards)
        {
            var id = long.Parse(card.DataCardId, CultureInfo.InvariantCulture);
            if (id >= previous)
            {
                throw new EsmPagingException(
                    $"Paging template '{templateCode}' below id {below} returned id {id} after {previous}; ids must " +
                    "decrease. Paging stopped.");
            }

            previous = id;
        }

        return previous;
    }

    private static string? Selected(IReadOnlyCollection<string>? attributes) =>
        attributes is { Count: > 0 } ? string.Join(',', attributes) : null;

    private static async IAsyncEnumerable<EsmCard> Flatten(
        IAsyncEnumerable<EsmCardPage> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var card in page.Cards)
            {
                yield return card;
            }
        }
    }

    private sealed record PageQuery(
        string TemplateCode, EsmFilter? Filter, IReadOnlyCollection<string> Attributes, int PageSize, long BelowId);
}
