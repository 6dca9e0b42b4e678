using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>A compiled read map of 20 attributes over the fields <see cref="SearchPageGenerator"/> writes.</summary>
internal static class IssueMaps
{
    private static readonly string[] Sources =
    [
        "key", "id", "fields.summary", "fields.status.name", "fields.priority", "fields.issuetype.name",
        "fields.project.key", "fields.reporter.accountId", "fields.labels", "fields.created", "fields.updated",
        "fields.duedate", "fields.resolution.name", "fields.customfield_10016", "fields.customfield_10044",
        "fields.customfield_10045", "fields.customfield_10046", "fields.customfield_10020[].name",
        "fields.description", "fields.creator.accountId",
    ];

    public static CompiledReadMap Compile()
    {
        var target = new ScheduledTargetDefinition { Template = "issue", Folder = "issues", TaskIdAttribute = "task" };
        for (var i = 0; i < Sources.Length; i++)
        {
            target.Mappings.Add(new AttributeMappingDefinition
            {
                Source = Sources[i], Target = "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        var catalog = new JiraFieldCatalog(
        [
            Field("customfield_10016", "Story Points", "number"),
            Field("customfield_10044", "Single", "option"),
            Field("customfield_10045", "Region", "option-with-child"),
            Field("customfield_10046", "Multi", "array", "option"),
            Field("customfield_10020", "Sprint", "array", "json", "com.pyxis.greenhopper.jira:gh-sprint"),
        ]);
        return CompiledReadMap.Compile(target, JiraEntityKind.Issue, new ReadMapOptions { Fields = catalog });
    }

    private static JiraField Field(string id, string name, string type, string? items = null, string? custom = null) =>
        new()
        {
            Id = id, Name = name, Custom = true,
            Schema = new JiraFieldSchema { Type = type, Items = items, Custom = custom },
        };
}
