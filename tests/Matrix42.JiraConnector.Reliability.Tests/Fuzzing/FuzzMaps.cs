using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>
/// A read map touching every conversion the mapper offers: text, number, date, date-time, lists, ADF.
/// </summary>
internal static class FuzzMaps
{
    public static CompiledReadMap IssueMap()
    {
        var template = new EsmTemplate("ticket", "Ticket", [new EsmFolder("tickets", "tickets")],
            new Dictionary<string, EsmTemplateAttribute>(StringComparer.Ordinal)
            {
                ["task_id"] = Attribute("task_id", "string"),
                ["key"] = Attribute("key", "string"),
                ["summary"] = Attribute("summary", "string"),
                ["status"] = Attribute("status", "string"),
                ["owner"] = Attribute("owner", "string"),
                ["labels"] = Attribute("labels", "string"),
                ["components"] = Attribute("components", "string"),
                ["created"] = Attribute("created", "datetime"),
                ["due"] = Attribute("due", "date"),
                ["points"] = Attribute("points", "number"),
                ["points_text"] = Attribute("points_text", "string"),
                ["description"] = Attribute("description", "string"),
                ["sprint"] = Attribute("sprint", "string"),
                ["region_child"] = Attribute("region_child", "string"),
                ["updated"] = Attribute("updated", "date"),
            });
        var catalog = new JiraFieldCatalog(
        [
            Field("customfield_10016", "Story Points", "number"),
            Field("customfield_10020", "Sprint", "array", "json"),
            Field("customfield_10045", "Region", "option-with-child"),
        ]);
        var target = new ScheduledTargetDefinition
        {
            Template = "ticket",
            Folder = "tickets",
            TaskIdAttribute = "task_id",
            Mappings =
            [
                Map("key", "key"), Map("fields.summary", "summary"), Map("fields.status.name", "status"),
                Map("fields.assignee.accountId", "owner"), Map("fields.labels", "labels"),
                Map("fields.components[].name", "components"), Map("fields.created", "created"),
                Map("fields.duedate", "due"), Map("fields.customfield_10016", "points"),
                Map("fields[\"Story Points\"]", "points_text"), Map("fields.description", "description"),
                Map("fields.customfield_10020[].name", "sprint"),
                Map("fields.customfield_10045.child.value", "region_child"), Map("fields.updated", "updated"),
            ],
        };
        return CompiledReadMap.Compile(target, JiraEntityKind.Issue,
            new ReadMapOptions { TaskId = "task-1", Fields = catalog, Template = template });
    }

    private static AttributeMappingDefinition Map(string source, string target) =>
        new() { Source = source, Target = target };

    private static EsmTemplateAttribute Attribute(string code, string type) =>
        new(code, code, type, false, false, [], []);

    private static JiraField Field(string id, string name, string type, string? items = null) => new()
    {
        Id = id, Name = name, Custom = true, Schema = new JiraFieldSchema { Type = type, Items = items },
    };
}
