namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// A field definition from <c>GET /rest/api/3/field</c>. Custom field names are not unique: resolve by id.
/// </summary>
public sealed record JiraField
{
    private readonly IReadOnlyList<string> _clauseNames = [];

    /// <summary>The field id, such as <c>summary</c> or <c>customfield_10050</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The field key.</summary>
    public string? Key { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether this is a custom field.</summary>
    public bool Custom { get; init; }

    /// <summary>The schema; null for fields without one.</summary>
    public JiraFieldSchema? Schema { get; init; }

    /// <summary>The names JQL accepts for this field, such as <c>cf[10050]</c>; default empty.</summary>
    public IReadOnlyList<string> ClauseNames
    {
        get => _clauseNames;
        init => _clauseNames = value ?? [];
    }
}
