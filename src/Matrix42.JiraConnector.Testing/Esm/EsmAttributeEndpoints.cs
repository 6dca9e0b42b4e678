using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Reading, replacing, adding to and clearing one attribute of a card.</summary>
internal static class EsmAttributeEndpoints
{
    public static FakeResponse Get(EsmCall call, EsmCardRecord card, EsmAttribute attribute, EsmStore store) =>
        FakeResponse.Json(
            HttpStatusCode.OK,
            EsmJson.Element(card, attribute, store, call.ApiBase),
            FakeEsmRoutes.GetAttribute);

    public static FakeResponse Replace(EsmCall call, EsmCardRecord card, EsmAttribute attribute, EsmStore store)
    {
        const string route = FakeEsmRoutes.ReplaceAttribute;
        var values = ReadValues(call, attribute, store, route, out var refusal);
        if (values is null)
        {
            return refusal!;
        }

        // A PUT really replaces, worklogs included; the card-level writes only add worklog entries.
        card.Values[attribute.Code] = values;
        return EsmResponses.Success(call, $"Attribute '{attribute.Code}' updated.", route);
    }

    public static FakeResponse Add(EsmCall call, EsmCardRecord card, EsmAttribute attribute, EsmStore store)
    {
        const string route = FakeEsmRoutes.AddAttributeValues;
        var values = ReadValues(call, attribute, store, route, out var refusal);
        if (values is null)
        {
            return refusal!;
        }

        if (!attribute.MultiValue && (card.ValuesOf(attribute.Code).Count > 0 || values.Count > 1))
        {
            return EsmResponses.BadRequest(
                call,
                $"Attribute '{attribute.Code}' holds one value; values can only be added while it is empty.",
                route);
        }

        EsmCardWriter.Add(card, attribute, values);
        return EsmResponses.Success(call, $"Value added to attribute '{attribute.Code}'.", route);
    }

    public static FakeResponse Clear(EsmCall call, EsmCardRecord card, EsmAttribute attribute)
    {
        card.Values.Remove(attribute.Code);
        return EsmResponses.Success(call, $"Attribute '{attribute.Code}' cleared.", FakeEsmRoutes.ClearAttribute);
    }

    private static List<FakeEsmValue>? ReadValues(
        EsmCall call,
        EsmAttribute attribute,
        EsmStore store,
        string route,
        out FakeResponse? refusal)
    {
        refusal = null;
        if (EsmCardWriter.ParseBody(call.Request.BodyText) is not JsonObject { } body
            || body["values"] is not JsonArray items)
        {
            refusal = EsmResponses.BadRequest(call, "Invalid JSON: the body must be {\"values\": [...]}.", route);
            return null;
        }

        var errors = new List<EsmAttributeError>();
        var values = EsmValueReader.ReadValues(attribute, items, call.Writing(store), errors);
        if (values is null)
        {
            refusal = EsmResponses.BadRequest(call, errors[0].Message, route);
        }

        return values;
    }
}
