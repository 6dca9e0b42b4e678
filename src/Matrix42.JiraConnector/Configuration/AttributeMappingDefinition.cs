namespace Matrix42.JiraConnector.Configuration;

/// <summary>One attribute mapping of a scheduled task: a Jira value (or a constant) into an ESM attribute.</summary>
public sealed class AttributeMappingDefinition
{
    /// <summary>
    /// The Jira path read, e.g. <c>fields.status.name</c>, <c>fields.customfield_10020[].name</c> or
    /// <c>fields["Story Points"]</c> for a custom field by display name. See docs/mapping.md.
    /// </summary>
    /// <value>No default; required unless <see cref="Constant"/> is set.</value>
    public string? Source { get; set; }

    /// <summary>The ESM attribute code written.</summary>
    /// <value>No default; required.</value>
    public string? Target { get; set; }

    /// <summary>A fixed value written instead of a Jira value.</summary>
    /// <value>No default.</value>
    public string? Constant { get; set; }

    /// <summary>Translates Jira values to ESM values, e.g. a status name to a static value.</summary>
    /// <value>Empty by default (values pass unchanged).</value>
    public IDictionary<string, string> ValueTable { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// The value written when <see cref="ValueTable"/> has no entry; without it an unknown value is reported
    /// and the attribute left unchanged.
    /// </summary>
    /// <value>No default.</value>
    public string? ValueTableDefault { get; set; }

    /// <summary>
    /// Joins several Jira values into one text with this separator; without it several values become a
    /// multi-value attribute.
    /// </summary>
    /// <value>No default (multi-value).</value>
    public string? JoinWith { get; set; }

    /// <summary>
    /// The name of the caller's key index used to turn the Jira value into an ESM card reference, e.g.
    /// <c>person-by-account-id</c>. Setting it makes the mapping a reference mapping.
    /// </summary>
    /// <value>No default (not a reference).</value>
    public string? ReferenceIndex { get; set; }
}
