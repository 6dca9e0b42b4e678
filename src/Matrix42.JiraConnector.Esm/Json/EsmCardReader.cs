using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Reads cards and list pages.</summary>
internal static class EsmCardReader
{
    public static EsmCard ReadCard(JsonElement json)
    {
        var id = json.String("dataCardId") ?? json.String("id");
        if (!EsmCodes.TryParseId(id, out _))
        {
            throw new EsmApiException($"ESM returned a card without a valid dataCardId ('{id}').");
        }

        var attributes = new Dictionary<string, EsmAttribute>(StringComparer.Ordinal);
        foreach (var property in json.Object("data"))
        {
            var type = property.Value.String("type");
            var values = property.Value.Array("values").Select(v => EsmValueReader.Read(type, v)).ToArray();
            attributes[property.Name] = new EsmAttribute(property.Name, property.Value.String("name"), type, values);
        }

        return new EsmCard(id!, attributes)
        {
            Name = json.String("name"),
            TemplateCode = json.String("templateCode"),
            TemplateName = json.String("templateName"),
            FolderCode = json.String("folderCode"),
            FolderName = json.String("folderName"),
            Hidden = json.Bool("hidden"),
            Deleted = json.Bool("deleted"),
        };
    }

    // The envelope is { meta, data: [...] }; a bare array is accepted as well.
    public static IReadOnlyList<EsmCard> ReadPage(JsonElement json)
    {
        var items = json.ValueKind == JsonValueKind.Array ? json.EnumerateArray() : json.Array("data");
        return items.Select(ReadCard).ToArray();
    }
}
