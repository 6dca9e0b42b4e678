using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Chooses the write shape of a field from its schema.</summary>
internal static class FieldShapes
{
    private const string CustomPrefix = "com.atlassian.jira.plugin.system.customfieldtypes:";

    public static FieldShape Of(string fieldId, JiraFieldSchema? schema)
    {
        if (fieldId == "summary")
        {
            return FieldShape.SingleLine;
        }

        if (schema is null)
        {
            return FieldShape.String;
        }

        if (schema.Custom == SystemFieldSchemas.SprintCustomType)
        {
            return FieldShape.Sprint;
        }

        if (schema.Type == "array")
        {
            return schema.Items switch
            {
                "option" => FieldShape.OptionArray,
                "user" => FieldShape.UserArray,
                "component" or "version" => FieldShape.NamedArray,
                _ => FieldShape.StringArray,
            };
        }

        return schema.Type switch
        {
            "string" => StringShape(schema),
            "number" => FieldShape.Number,
            "date" => FieldShape.Date,
            "datetime" => FieldShape.DateTime,
            "option" => FieldShape.Option,
            "option-with-child" => FieldShape.Cascading,
            "user" => FieldShape.User,
            "priority" or "issuetype" or "resolution" or "securitylevel" => FieldShape.Named,
            "project" or "issuelink" => FieldShape.Keyed,
            _ => FieldShape.String,
        };
    }

    private static FieldShape StringShape(JiraFieldSchema schema) => schema switch
    {
        { System: "description" or "environment" } => FieldShape.RichText,
        { Custom: CustomPrefix + "textarea" } => FieldShape.RichText,
        { Custom: CustomPrefix + "textfield" } => FieldShape.SingleLine,
        _ => FieldShape.String,
    };
}
