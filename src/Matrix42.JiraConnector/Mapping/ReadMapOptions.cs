using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>What a read map is compiled against besides its mappings.</summary>
public sealed class ReadMapOptions
{
    /// <summary>The task id stamped into the target's task-id attribute; nothing is stamped when absent.</summary>
    /// <value>No default.</value>
    public string? TaskId { get; init; }

    /// <summary>The value written to the data-source-type attribute, when the target names one.</summary>
    /// <value>Defaults to <c>jira</c>.</value>
    public string DataSourceType { get; init; } = "jira";

    /// <summary>
    /// The site's fields, for schemas and display-name resolution. Without it, common system fields use built-in
    /// schemas, custom fields are read by JSON kind, and display names cannot be used.
    /// </summary>
    /// <value>No default.</value>
    public JiraFieldCatalog? Fields { get; init; }

    /// <summary>The target template, for attribute types and multi-value flags; without it values keep their natural
    /// type.</summary>
    /// <value>No default.</value>
    public EsmTemplate? Template { get; init; }
}
