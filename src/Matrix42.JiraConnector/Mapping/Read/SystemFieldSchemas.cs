using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Schemas of the common system fields, used when no field catalog is given.</summary>
internal static class SystemFieldSchemas
{
    private static readonly Dictionary<string, JiraFieldSchema> Schemas = new(StringComparer.Ordinal)
    {
        ["summary"] = Schema("string", "summary"),
        ["description"] = Schema("string", "description"),
        ["environment"] = Schema("string", "environment"),
        ["status"] = Schema("status", "status"),
        ["priority"] = Schema("priority", "priority"),
        ["resolution"] = Schema("resolution", "resolution"),
        ["issuetype"] = Schema("issuetype", "issuetype"),
        ["project"] = Schema("project", "project"),
        ["assignee"] = Schema("user", "assignee"),
        ["reporter"] = Schema("user", "reporter"),
        ["creator"] = Schema("user", "creator"),
        ["labels"] = Schema("array", "labels", "string"),
        ["components"] = Schema("array", "components", "component"),
        ["fixVersions"] = Schema("array", "fixVersions", "version"),
        ["versions"] = Schema("array", "versions", "version"),
        ["created"] = Schema("datetime", "created"),
        ["updated"] = Schema("datetime", "updated"),
        ["resolutiondate"] = Schema("datetime", "resolutiondate"),
        ["lastViewed"] = Schema("datetime", "lastViewed"),
        ["statuscategorychangedate"] = Schema("datetime", "statuscategorychangedate"),
        ["duedate"] = Schema("date", "duedate"),
        ["parent"] = Schema("issuelink", "parent"),
    };

    private static JiraFieldSchema Schema(string type, string system, string? items = null) =>
        new() { Type = type, System = system, Items = items };

    public const string SprintCustomType = "com.pyxis.greenhopper.jira:gh-sprint";

    public static JiraFieldSchema? Find(string fieldId, JiraFieldCatalog? catalog) =>
        catalog?.FindById(fieldId)?.Schema ?? Schemas.GetValueOrDefault(fieldId);

    public static SourceShape ReadShape(JiraFieldSchema? schema)
    {
        if (schema is null)
        {
            return SourceShape.Auto;
        }

        if (schema.Custom == SprintCustomType)
        {
            return SourceShape.Sprint;
        }

        var type = schema.Type == "array" ? schema.Items ?? "any" : schema.Type;
        return type switch
        {
            "string" => SourceShape.Text,
            "number" => SourceShape.Number,
            "date" => SourceShape.Date,
            "datetime" => SourceShape.DateTime,
            "option" => SourceShape.Option,
            "option-with-child" => SourceShape.Cascading,
            "user" => SourceShape.User,
            "status" or "priority" or "resolution" or "issuetype" or "component" or "version" or "securitylevel"
                => SourceShape.Named,
            "project" => SourceShape.Project,
            _ => SourceShape.Auto,
        };
    }
}
