using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Tests.Mapping;

/// <summary>Short ways to compile maps and read their results in tests.</summary>
internal static class MapTestKit
{
    public static readonly JiraFieldCatalog Catalog = new(
    [
        new("customfield_10016", "Story Points", true, new JiraFieldSchema("number",
            Custom: "com.atlassian.jira.plugin.system.customfieldtypes:float")),
        new("customfield_10020", "Sprint", true, new JiraFieldSchema("array", "json",
            Custom: "com.pyxis.greenhopper.jira:gh-sprint")),
        new("customfield_10021", "Old Sprint", true, new JiraFieldSchema("array", "json",
            Custom: "com.pyxis.greenhopper.jira:gh-sprint")),
        new("customfield_10034", "Imported at", true, new JiraFieldSchema("string")),
        new("customfield_10037", "Estimate", true, new JiraFieldSchema("number")),
        new("customfield_10038", "Budget text", true, new JiraFieldSchema("string")),
        new("customfield_10033", "Flag", true, new JiraFieldSchema("string")),
        new("customfield_10040", "Go-live", true, new JiraFieldSchema("date")),
        new("customfield_10041", "Go-live at", true, new JiraFieldSchema("datetime")),
        new("customfield_10043", "Cost", true, new JiraFieldSchema("number")),
        new("customfield_10044", "Single", true, new JiraFieldSchema("option")),
        new("customfield_10045", "Region", true, new JiraFieldSchema("option-with-child",
            Custom: "com.atlassian.jira.plugin.system.customfieldtypes:cascadingselect")),
        new("customfield_10046", "Multi", true, new JiraFieldSchema("array", "option")),
        new("customfield_10050", "Notes", true, new JiraFieldSchema("string",
            Custom: "com.atlassian.jira.plugin.system.customfieldtypes:textarea")),
        new("customfield_10051", "Reviewers", true, new JiraFieldSchema("array", "user")),
        new("customfield_10060", "Team", true, new JiraFieldSchema("string")),
        new("customfield_10061", "Team", true, new JiraFieldSchema("option")),
    ]);

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

    public static AttributeMappingDefinition Map(string source, string target) => new() { Source = source, Target = target };

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

    public static Dictionary<string, IReadOnlyList<AttributeValue>> Card(params (string Code, AttributeValue[] Values)[] values) =>
        values.ToDictionary(v => v.Code, v => (IReadOnlyList<AttributeValue>)v.Values);

    public static AttributeValue T(string text) => AttributeValue.FromText(text);
}
