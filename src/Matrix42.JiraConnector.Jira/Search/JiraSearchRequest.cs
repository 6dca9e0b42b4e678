namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// A JQL search on <c>POST /rest/api/3/search/jql</c>. Fields are always explicit, because the endpoint
/// returns only ids otherwise.
/// </summary>
public sealed record JiraSearchRequest
{
    private readonly IReadOnlyList<string> _expand = [];
    private readonly IReadOnlyList<string> _properties = [];
    private readonly IReadOnlyList<long> _reconcileIssues = [];

    /// <summary>The JQL; required, non-empty and bounded (Jira refuses <c>ORDER BY key</c> alone).</summary>
    public required string Jql { get; init; }

    /// <summary>
    /// Field ids to return, such as <c>summary</c>, <c>updated</c>, <c>customfield_10050</c>, or
    /// <c>*navigable</c>/<c>*all</c>; required and non-empty.
    /// </summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>Expansions such as <c>names</c>, <c>schema</c>, <c>changelog</c>; default none.</summary>
    public IReadOnlyList<string> Expand
    {
        get => _expand;
        init => _expand = value ?? [];
    }

    /// <summary>Issue property keys to return (at most 5); default none.</summary>
    public IReadOnlyList<string> Properties
    {
        get => _properties;
        init => _properties = value ?? [];
    }

    /// <summary>
    /// A page-size hint; null uses <see cref="JiraClientOptions.SearchPageSize"/>. Jira may return fewer;
    /// paging follows Jira's token, not this number.
    /// </summary>
    public int? MaxResults { get; init; }

    /// <summary>
    /// Issue ids (at most 50) that get read-after-write consistency; sent on every page. Default none.
    /// </summary>
    public IReadOnlyList<long> ReconcileIssues
    {
        get => _reconcileIssues;
        init => _reconcileIssues = value ?? [];
    }

    /// <summary>Whether fields are referenced by key instead of id; default <see langword="false"/>.</summary>
    public bool FieldsByKeys { get; init; }
}
