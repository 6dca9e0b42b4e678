using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Writes cards, values and templates in the API's read shapes.</summary>
internal static class EsmJson
{
    /// <summary>The relative card URL used by info elements, e.g. <c>/dc/incident/data/12345</c>.</summary>
    public static string CardPath(EsmCardRecord card) =>
        $"/dc/{EsmFormat.Escape(card.Template.Code)}/data/{EsmFormat.Id(card.Id)}";

    public static JsonObject Info(EsmCardRecord card) => new()
    {
        ["dataCardId"] = EsmFormat.Id(card.Id),
        ["name"] = card.Name,
        ["url"] = CardPath(card),
    };

    public static JsonObject Card(EsmCardRecord card, EsmStore store, string apiBase, IReadOnlyList<string>? selected)
    {
        var template = card.Template;
        var data = new JsonObject();
        foreach (var attribute in template.Attributes)
        {
            if (selected is null || selected.Contains(attribute.Code))
            {
                data[attribute.Code] = Element(card, attribute, store, apiBase);
            }
        }

        return new JsonObject
        {
            ["dataCardId"] = EsmFormat.Id(card.Id),
            ["name"] = card.Name,
            ["templateCode"] = template.Code,
            ["templateName"] = template.Name,
            ["templateId"] = EsmFormat.Id(template.TemplateId),
            ["folderCode"] = card.FolderCode,
            ["folderName"] = template.Folders.GetValueOrDefault(card.FolderCode, card.FolderCode),
            ["hidden"] = card.Hidden,
            ["deleted"] = card.Deleted,
            ["data"] = data,
        };
    }

    public static JsonObject Element(EsmCardRecord card, EsmAttribute attribute, EsmStore store, string apiBase)
    {
        var values = new JsonArray();
        foreach (var value in card.ValuesOf(attribute.Code))
        {
            values.Add(Value(card, attribute, value, store, apiBase));
        }

        return new JsonObject { ["name"] = attribute.Name, ["type"] = attribute.TypeName, ["values"] = values };
    }

    public static JsonObject TemplateDefinition(EsmTemplate template)
    {
        var folders = new JsonArray();
        foreach (var (code, name) in template.Folders)
        {
            folders.Add(new JsonObject { ["folderCode"] = code, ["folderName"] = name });
        }

        var attributes = new JsonObject();
        foreach (var attribute in template.Attributes)
        {
            var info = new JsonObject
            {
                ["name"] = attribute.Name,
                ["type"] = attribute.TypeName,
                ["multiValue"] = attribute.MultiValue,
                ["file"] = attribute.File,
            };
            if (attribute.Kind == EsmAttributeKind.StaticValue)
            {
                info["values"] = new JsonArray([.. attribute.StaticValues.Select(v =>
                    (JsonNode)new JsonObject { ["code"] = v.Code, ["value"] = v.Value })]);
            }

            if (attribute.Kind == EsmAttributeKind.Reference)
            {
                info["target"] = new JsonArray([.. attribute.Targets.Select(t => (JsonNode)JsonValue.Create(t))]);
            }

            attributes[attribute.Code] = info;
        }

        return new JsonObject
        {
            ["name"] = template.Name,
            ["code"] = template.Code,
            ["allowedFolders"] = folders,
            ["attributes"] = attributes,
        };
    }

    private static JsonObject Value(
        EsmCardRecord card,
        EsmAttribute attribute,
        FakeEsmValue value,
        EsmStore store,
        string apiBase)
    {
        switch (attribute.Kind)
        {
            case EsmAttributeKind.Number:
                return new JsonObject { ["value"] = decimal.Parse(value.Value!, CultureInfo.InvariantCulture) };

            case EsmAttributeKind.StaticValue:
                return new JsonObject { ["value"] = value.Value, ["code"] = value.Code };

            case EsmAttributeKind.Reference:
                return Reference(value, store, apiBase);

            case EsmAttributeKind.ExternalReference:
                var link = new JsonObject { ["name"] = value.Name, ["location"] = value.Location };
                if (attribute.File)
                {
                    link["download"] = $"{apiBase}{CardPath(card)}/{EsmFormat.Escape(attribute.Code)}/file/" +
                                       EsmFormat.Escape(value.Location ?? string.Empty);
                }

                return link;

            case EsmAttributeKind.Worklog:
                return new JsonObject
                {
                    ["author"] = value.Author,
                    ["value"] = value.Value,
                    ["date"] = value.WrittenAt is { } date ? EsmFormat.Instant(date) : null,
                };

            default:
                return new JsonObject { ["value"] = value.Value };
        }
    }

    private static JsonObject Reference(FakeEsmValue value, EsmStore store, string apiBase)
    {
        var target = store.FindCard(long.Parse(value.DataCardId!, CultureInfo.InvariantCulture));
        if (target is null)
        {
            return new JsonObject { ["dataCardId"] = value.DataCardId };
        }

        return new JsonObject
        {
            ["dataCardId"] = value.DataCardId,
            ["name"] = target.Name,
            ["templateCode"] = target.Template.Code,
            ["templateName"] = target.Template.Name,
            ["url"] = apiBase + CardPath(target),
            ["hidden"] = target.Hidden,
            ["deleted"] = target.Deleted,
        };
    }
}
