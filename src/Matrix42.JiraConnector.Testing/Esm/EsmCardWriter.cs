using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// Applies one create or modify item (the body of POST/PATCH, or one item of a bulk PUT) to the
/// store. Attribute errors leave that attribute unchanged and are reported; the rest is saved.
/// </summary>
internal static class EsmCardWriter
{
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    /// <summary>Creates a card from a create item; the message of an item-level failure otherwise.</summary>
    public static string? TryCreate(
        EsmTemplate template,
        JsonObject item,
        EsmWriteContext context,
        List<EsmAttributeError> errors,
        out EsmCardRecord? card)
    {
        card = null;
        var folder = EsmJsonRead.Text(item, "folderCode");
        if (folder is null)
        {
            return "'folderCode' is required to create a data card.";
        }

        if (!template.Folders.ContainsKey(folder))
        {
            return $"Folder '{folder}' is not allowed for template '{template.Code}'.";
        }

        if (item["data"] is not JsonObject data)
        {
            return "'data' is required and must be an object.";
        }

        var values = EsmValueReader.ReadData(template, data, context, errors);
        if (Rejected(context, errors) is { } rejection)
        {
            return rejection;
        }

        card = context.Store.CreateCard(template, folder);
        foreach (var (code, list) in values)
        {
            card.Values[code] = list;
        }

        return null;
    }

    /// <summary>Modifies the card a modify item names; the message of an item-level failure otherwise.</summary>
    public static string? TryModify(
        EsmTemplate template,
        JsonObject item,
        long? pathId,
        EsmWriteContext context,
        List<EsmAttributeError> errors,
        out EsmCardRecord? card)
    {
        card = null;
        var rawId = EsmJsonRead.Id(item, "dataCardId");
        if (rawId is null || !long.TryParse(rawId, NumberStyles.None, CultureInfo.InvariantCulture, out var cardId))
        {
            return "'dataCardId' is required to modify a data card.";
        }

        if (pathId is { } expected && expected != cardId)
        {
            return $"'dataCardId' {rawId} does not match the card {EsmFormat.Id(expected)} in the URL.";
        }

        card = context.Store.FindCard(cardId);
        if (card is null || card.Template != template)
        {
            card = null;
            return $"Data card {rawId} of template '{template.Code}' does not exist.";
        }

        var folder = EsmJsonRead.Text(item, "folderCode");
        if (folder is not null && !template.Folders.ContainsKey(folder))
        {
            return $"Folder '{folder}' is not allowed for template '{template.Code}'.";
        }

        if (item["data"] is not JsonObject data)
        {
            return "'data' is required and must be an object.";
        }

        var values = EsmValueReader.ReadData(template, data, context, errors);
        if (Rejected(context, errors) is { } rejection)
        {
            card = null;
            return rejection;
        }

        card.FolderCode = folder ?? card.FolderCode;
        foreach (var (code, list) in values)
        {
            Replace(card, template.Find(code)!, list);
        }

        return null;
    }

    private static string? Rejected(EsmWriteContext context, List<EsmAttributeError> errors) =>
        context.Store.RejectWritesWithAttributeErrors && errors.Count > 0
            ? "Nothing was saved because of attribute errors: " + string.Join(" ", errors.Select(e => e.Message))
            : null;

    /// <summary>Sets an attribute's values; a worklog only ever grows, so its new entries go on top.</summary>
    public static void Replace(EsmCardRecord card, EsmAttribute attribute, List<FakeEsmValue> values)
    {
        if (attribute.Kind == EsmAttributeKind.Worklog)
        {
            Add(card, attribute, values);
            return;
        }

        card.Values[attribute.Code] = values;
    }

    /// <summary>Adds values after the existing ones; worklog entries go before them (newest first).</summary>
    public static void Add(EsmCardRecord card, EsmAttribute attribute, List<FakeEsmValue> values)
    {
        if (!card.Values.TryGetValue(attribute.Code, out var existing))
        {
            card.Values[attribute.Code] = existing = [];
        }

        if (attribute.Kind == EsmAttributeKind.Worklog)
        {
            existing.InsertRange(0, values);
        }
        else
        {
            existing.AddRange(values);
        }
    }

    /// <summary>Parses a JSON body, or returns <see langword="null"/> when it is not valid JSON.</summary>
    public static JsonNode? ParseBody(string body)
    {
        try
        {
            // Duplicate properties are refused while parsing, rather than surfacing later as a crash.
            return JsonNode.Parse(body, documentOptions: StrictJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
