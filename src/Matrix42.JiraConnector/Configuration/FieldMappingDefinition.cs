namespace Matrix42.JiraConnector.Configuration;

/// <summary>One mapping of an event task: an ESM attribute (or a constant) into a Jira field.</summary>
public sealed class FieldMappingDefinition
{
    /// <summary>The ESM attribute code read.</summary>
    /// <value>No default; required unless <see cref="Constant"/> is set.</value>
    public string? Source { get; set; }

    /// <summary>
    /// The Jira field written: a field id such as <c>summary</c> or <c>customfield_10045</c>, or a custom
    /// field by display name in brackets, e.g. <c>["Story Points"]</c>.
    /// </summary>
    /// <value>No default; required.</value>
    public string? Field { get; set; }

    /// <summary>A fixed value written instead of an ESM value, e.g. a project key.</summary>
    /// <value>No default.</value>
    public string? Constant { get; set; }

    /// <summary>Translates ESM values to Jira values, e.g. a static value to an option id.</summary>
    /// <value>Empty by default (values pass unchanged).</value>
    public IDictionary<string, string> ValueTable { get; set; } = new Dictionary<string, string>();
}
