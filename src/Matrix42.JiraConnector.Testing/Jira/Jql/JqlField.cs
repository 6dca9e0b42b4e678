using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>A field named in a clause, resolved to what the interpreter compares.</summary>
/// <param name="Kind">The field kind.</param>
/// <param name="Name">The name as written, for messages.</param>
/// <param name="Custom">The custom field, for <see cref="JqlFieldKind.Custom"/>.</param>
internal sealed record JqlField(JqlFieldKind Kind, string Name, JiraField? Custom = null)
{
    public bool IsDate => Kind is JqlFieldKind.Created or JqlFieldKind.Updated or JqlFieldKind.ResolutionDate
        || (Custom?.SchemaType is "date" or "datetime");

    public bool IsNumeric => Kind == JqlFieldKind.Id || Custom?.SchemaType == "number";

    public bool IsOrderedKey => Kind == JqlFieldKind.Key;
}
