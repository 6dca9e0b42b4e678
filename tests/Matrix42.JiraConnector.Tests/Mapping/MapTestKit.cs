using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Tests.Mapping;

/// <summary>Short ways to compile maps and read their results in tests.</summary>
internal static class MapTestKit
{
    private const string CustomTypes = "com.atlassian.jira.plugin.system.customfieldtypes:";

    public static readonly JiraFieldCatalog Catalog = new(
    [
        Field("customfield_10016", "Story Points", "number", custom: CustomTypes + "float"),
        Field("customfield_10020", "Sprint", "array", "json", "com.pyxis.greenhopper.jira:gh-sprint"),
        Field("customfield_10021", "Old Sprint", "array", "json", "com.pyxis.greenhopper.jira:gh-sprint"),
        Field("customfield_10034", "Imported at", "string"),
        Field("customfield_10037", "Estimate", "number"),
        Field("customfield_10038", "Budget text", "string"),
        Field("customfield_10033", "Flag", "string"),
        Field("customfield_10040", "Go-live", "date"),
        Field("customfield_10041", "Go-live at", "datetime"),
        Field("customfield_10043", "Cost", "number"),
        Field("customfield_10044", "Single", "option"),
        Field("customfield_10045", "Region", "option-with-child", custom: CustomTypes + "cascadingselect"),
        Field("customfield_10046", "Multi", "array", "option"),
        Field("customfield_10050", "Notes", "string", custom: CustomTypes + "textarea"),
        Field("customfield_10051", "Reviewers", "array", "user"),
        Field("customfield_10060", "Team", "string"),
        Field("customfield_10061", "Team", "option"),
    ]);

    public static JiraField Field(string id, string name, string type, string? items = null, string? custom = null) =>
        new()
        {
            Id = id, Name = name, Custom = id.StartsWith("customfield_", StringComparison.Ordinal),
            Schema = new JiraFieldSchema { Type = type, Items = items, Custom = custom },
        };

    public static CompiledReadMap Issue(params AttributeMappingDefinition[] mappings) =>
        Issue(new ReadMapOptions { Fields = Catalog }, mappings);

    public static CompiledReadMap Issue(ReadMapOptions options, params AttributeMappingDefinition[] mappings) =>
        CompiledReadMap.Compile(Target(mappings), JiraEntityKind.Issue, options);

    public static ScheduledTargetDefinition Target(params AttributeMappingDefinition[] mappings) => new()
    {
        Template = "jira_issue",
        Folder = "issues",
        TaskIdAttribute = "task_id",
        Mappings = [.. mappings],
    };

    public static AttributeMappingDefinition Map(string source, string target) =>
        new() { Source = source, Target = target };

    public static JsonElement ParseJson(string json) => JsonDocument.Parse(json).RootElement;

    public static string[] Texts(MappedCard card, string attribute)
    {
        Assert.True(card.TryGetAttribute(attribute, out var mapped), $"'{attribute}' is not on the card");
        return mapped.ToArray().Select(v => v.ToString()).ToArray();
    }

    public static AttributeValue Single(MappedCard card, string attribute)
    {
        Assert.True(card.TryGetAttribute(attribute, out var mapped), $"'{attribute}' is not on the card");
        Assert.Equal(1, mapped.Count);
        return mapped[0];
    }

    public static Dictionary<string, IReadOnlyList<AttributeValue>> Card(
        params (string Code, AttributeValue[] Values)[] values) =>
        values.ToDictionary(v => v.Code, v => (IReadOnlyList<AttributeValue>)v.Values);

    public static AttributeValue T(string text) => AttributeValue.FromText(text);
}
