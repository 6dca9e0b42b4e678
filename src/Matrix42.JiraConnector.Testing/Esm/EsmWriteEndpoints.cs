using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Create, modify, bulk import and trash.</summary>
internal static class EsmWriteEndpoints
{
    public static FakeResponse Create(EsmCall call, EsmTemplate template, EsmStore store)
    {
        const string route = FakeEsmRoutes.Create;
        if (EsmCardWriter.ParseBody(call.Request.BodyText) is not JsonObject item)
        {
            return EsmResponses.BadRequest(call, "Invalid JSON: the body must be a data card object.", route);
        }

        var errors = new List<EsmAttributeError>();
        var failure = EsmCardWriter.TryCreate(template, item, call.Writing(store), errors, out var card);
        return failure is not null
            ? EsmResponses.BadRequest(call, failure, route)
            : Written(call, HttpStatusCode.Created, card!, errors, store, route);
    }

    public static FakeResponse Modify(EsmCall call, EsmCardRecord card, EsmStore store)
    {
        const string route = FakeEsmRoutes.Modify;
        if (EsmCardWriter.ParseBody(call.Request.BodyText) is not JsonObject item)
        {
            return EsmResponses.BadRequest(call, "Invalid JSON: the body must be a data card object.", route);
        }

        var errors = new List<EsmAttributeError>();
        var failure = EsmCardWriter.TryModify(card.Template, item, card.Id, call.Writing(store), errors, out _);
        return failure is not null
            ? EsmResponses.BadRequest(call, failure, route)
            : Written(call, HttpStatusCode.OK, card, errors, store, route);
    }

    public static FakeResponse Bulk(EsmCall call, EsmTemplate template, EsmStore store)
    {
        const string route = FakeEsmRoutes.BulkImport;
        if (EsmCardWriter.ParseBody(call.Request.BodyText) is not JsonArray items)
        {
            return EsmResponses.BadRequest(call, "Invalid JSON: the body must be an array of data cards.", route);
        }

        var results = new JsonArray();
        var saved = 0;
        foreach (var node in items)
        {
            var errors = new List<EsmAttributeError>();
            var card = Import(template, node, call.Writing(store), errors);
            saved += card is null ? 0 : 1;
            results.Add(new JsonObject
            {
                ["dataCard"] = card is null ? null : EsmJson.Info(card),
                ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)e.ToJson())]),
            });
        }

        var meta = Meta(call, []);
        meta["importResult"] = new JsonObject
        {
            ["handledDataCards"] = items.Count,
            ["savedDataCards"] = saved,
            ["notSavedDataCards"] = items.Count - saved,
        };
        return FakeResponse.Json(HttpStatusCode.OK, new JsonObject { ["meta"] = meta, ["data"] = results }, route);
    }

    public static FakeResponse Trash(EsmCall call, EsmCardRecord card)
    {
        const string route = FakeEsmRoutes.Trash;
        if (card.Deleted)
        {
            return EsmResponses.Failure(call, HttpStatusCode.Conflict, "Data card is already in the trash.", route);
        }

        card.Deleted = true;
        return EsmResponses.Success(call, "Data card moved to the trash.", route);
    }

    /// <summary>One bulk item: with a <c>dataCardId</c> it modifies, without one it creates.</summary>
    private static EsmCardRecord? Import(
        EsmTemplate template,
        JsonNode? node,
        EsmWriteContext context,
        List<EsmAttributeError> errors)
    {
        if (node is not JsonObject item)
        {
            errors.Add(new EsmAttributeError(null, null, "Each item must be a data card object."));
            return null;
        }

        EsmCardRecord? card;
        var failure = item.ContainsKey("dataCardId")
            ? EsmCardWriter.TryModify(template, item, null, context, errors, out card)
            : EsmCardWriter.TryCreate(template, item, context, errors, out card);
        if (failure is null)
        {
            return card;
        }

        errors.Add(new EsmAttributeError(null, null, failure));
        return null;
    }

    private static FakeResponse Written(
        EsmCall call,
        HttpStatusCode status,
        EsmCardRecord card,
        List<EsmAttributeError> errors,
        EsmStore store,
        string route)
    {
        var full = string.Equals(call.Request.Query["dataCards"], "true", StringComparison.OrdinalIgnoreCase);
        var body = new JsonObject
        {
            ["meta"] = Meta(call, errors),
            ["dataCard"] = full
                ? EsmJson.Card(card, store, call.ApiBase, null)
                : new JsonObject { ["dataCardId"] = EsmFormat.Id(card.Id) },
        };
        return FakeResponse.Json(status, body, route);
    }

    private static JsonObject Meta(EsmCall call, List<EsmAttributeError> errors) => new()
    {
        ["timestamp"] = EsmFormat.Instant(call.Now),
        ["url"] = call.Url,
        ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)e.ToJson())]),
        ["createdReferences"] = new JsonArray(),
    };
}
