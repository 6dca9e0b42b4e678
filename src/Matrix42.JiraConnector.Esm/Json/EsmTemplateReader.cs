using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Reads the template list and template definitions.</summary>
internal static class EsmTemplateReader
{
    public static IReadOnlyList<EsmTemplateInfo> ReadList(JsonElement json)
    {
        var items = json.ValueKind == JsonValueKind.Array ? json.EnumerateArray() : json.Array("data");
        return items
            .Select(t => (Code: t.String("templateCode") ?? t.String("code"), Name: t.String("name")))
            .Where(t => !string.IsNullOrEmpty(t.Code))
            .Select(t => new EsmTemplateInfo(t.Code!, t.Name))
            .ToArray();
    }

    public static EsmTemplate ReadTemplate(string requestedCode, JsonElement json)
    {
        var folders = json.Array("allowedFolders")
            .Where(f => f.String("folderCode") is not null)
            .Select(f => new EsmFolder(f.String("folderCode")!, f.String("folderName")))
            .ToArray();

        var attributes = new Dictionary<string, EsmTemplateAttribute>(StringComparer.Ordinal);
        foreach (var property in json.Object("attributes"))
        {
            var definition = property.Value;
            attributes[property.Name] = new EsmTemplateAttribute(
                property.Name,
                definition.String("name"),
                definition.String("type"),
                definition.Bool("multiValue"),
                definition.Bool("file"),
                definition.Array("values").Select(v => new EsmStaticValueOption(v.String("code"), v.String("value")))
                    .ToArray(),
                ReadTargets(definition));
        }

        return new EsmTemplate(json.String("code") ?? requestedCode, json.String("name"), folders, attributes);
    }

    // "target" is documented as a list of template codes; a single string is accepted too.
    private static string[] ReadTargets(JsonElement definition) => definition.Property("target") switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Select(t => EsmJsonElements.AsText(t) ?? t.String("templateCode") ?? t.String("code"))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToArray(),
        { ValueKind: JsonValueKind.String } single => [single.GetString()!],
        _ => [],
    };
}
