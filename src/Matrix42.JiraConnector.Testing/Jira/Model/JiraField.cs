namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>A system or custom field with its schema.</summary>
internal sealed class JiraField
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public bool Custom { get; init; }

    /// <summary>The schema type, e.g. <c>string</c>, <c>number</c>, <c>array</c>, <c>option</c>, <c>user</c>.</summary>
    public required string SchemaType { get; set; }

    /// <summary>The item type of an array field, e.g. <c>string</c> or <c>option</c>.</summary>
    public string? Items { get; set; }

    /// <summary>The system field name, or the custom field type key for custom fields.</summary>
    public string? SchemaName { get; set; }

    /// <summary>The number in <c>customfield_N</c>, or <see langword="null"/> for system fields.</summary>
    public long? CustomId => Custom && Id.StartsWith("customfield_", StringComparison.Ordinal)
        && long.TryParse(Id.AsSpan(12), out var n) ? n : null;
}
