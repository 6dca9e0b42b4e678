using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Schemas of the common system fields, used when no field catalog is given.</summary>
internal static class SystemFieldSchemas
{
    private static readonly Dictionary<string, JiraFieldSchema> Schemas = new(StringComparer.Ordinal)
    {
        ["summary"] = new("string", System: "summary"),
        ["description"] = new("string", System: "description"),
        ["environment"] = new("string", System: "environment"),
        ["status"] = new("status", System: "status"),
        ["priority"] = new("priority", System: "priority"),
        ["resolution"] = new("resolution", System: "resolution"),
        ["issuetype"] = new("issuetype", System: "issuetype"),
        ["project"] = new("project", System: "project"),
        ["assignee"] = new("user", System: "assignee"),
        ["reporter"] = new("user", System: "reporter"),
        ["creator"] = new("user", System: "creator"),
        ["labels"] = new("array", Items: "string", System: "labels"),
        ["components"] = new("array", Items: "component", System: "components"),
        ["fixVersions"] = new("array", Items: "version", System: "fixVersions"),
        ["versions"] = new("array", Items: "version", System: "versions"),
        ["created"] = new("datetime", System: "created"),
        ["updated"] = new("datetime", System: "updated"),
        ["resolutiondate"] = new("datetime", System: "resolutiondate"),
        ["lastViewed"] = new("datetime", System: "lastViewed"),
        ["statuscategorychangedate"] = new("datetime", System: "statuscategorychangedate"),
        ["duedate"] = new("date", System: "duedate"),
        ["parent"] = new("issuelink", System: "parent"),
    };

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
