using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Paged lists, streams and single-card reads.</summary>
internal static class EsmQueryEndpoints
{
    public static FakeResponse List(EsmCall call, EsmTemplate template, EsmStore store, bool notFoundWhenEmpty)
    {
        const string route = FakeEsmRoutes.Query;
        var problem = EsmListRequest.TryRead(call, template, store, out var request);
        if (problem is not null)
        {
            return EsmResponses.BadRequest(call, problem, route);
        }

        var page = Matching(template, request).Take(request.Limit).ToList();
        if (page.Count == 0 && request.Filter is not null && notFoundWhenEmpty)
        {
            return EsmResponses.NotFound(call, "No data cards match the filter.", route);
        }

        var links = new JsonObject();
        if (page.Count == request.Limit)
        {
            var limit = request.Limit.ToString(CultureInfo.InvariantCulture);
            links["next"] = $"{call.Url}?limit={limit}&filterId={EsmFormat.Id(page[^1].Id)}";
        }

        var meta = new JsonObject { ["count"] = page.Count, ["limit"] = request.Limit, ["links"] = links };
        return FakeResponse.Json(HttpStatusCode.OK, Envelope(meta, page, request, store, call), route);
    }

    public static FakeResponse Stream(EsmCall call, EsmTemplate template, EsmStore store)
    {
        const string route = FakeEsmRoutes.Stream;
        var problem = EsmListRequest.TryRead(call, template, store, out var request);
        if (problem is not null)
        {
            return EsmResponses.BadRequest(call, problem, route);
        }

        // The stream ignores paging parameters; it returns every match at once.
        var all = Matching(template, request with { FilterId = null }).ToList();
        var meta = new JsonObject { ["count"] = all.Count };
        return FakeResponse.Json(HttpStatusCode.OK, Envelope(meta, all, request, store, call), route);
    }

    public static FakeResponse Get(EsmCall call, EsmCardRecord card, EsmStore store)
    {
        const string route = FakeEsmRoutes.GetCard;
        var problem = EsmListRequest.TryRead(call, card.Template, store, out var request);
        return problem is not null
            ? EsmResponses.BadRequest(call, problem, route)
            : FakeResponse.Json(HttpStatusCode.OK, EsmJson.Card(card, store, call.ApiBase, request.Selected), route);
    }

    /// <summary>Cards in the trash are left out; the rest come newest (highest id) first.</summary>
    private static IEnumerable<EsmCardRecord> Matching(EsmTemplate template, EsmListRequest request)
    {
        var cards = template.Cards;
        var start = cards.Count - 1;
        if (request.FilterId is { } below)
        {
            start = LastIndexBelow(cards, below);
        }

        for (var i = start; i >= 0; i--)
        {
            var card = cards[i];
            if (!card.Deleted && (request.Filter is null || request.Filter(card)))
            {
                yield return card;
            }
        }
    }

    private static int LastIndexBelow(List<EsmCardRecord> cards, long bound)
    {
        int low = 0, high = cards.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (cards[middle].Id < bound)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static JsonObject Envelope(
        JsonObject meta,
        List<EsmCardRecord> cards,
        EsmListRequest request,
        EsmStore store,
        EsmCall call)
    {
        var data = new JsonArray();
        foreach (var card in cards)
        {
            data.Add(request.DataCards
                ? EsmJson.Card(card, store, call.ApiBase, request.Selected)
                : EsmJson.Info(card));
        }

        return new JsonObject { ["meta"] = meta, ["data"] = data };
    }
}
