namespace Matrix42.JiraConnector.Jira;

/// <summary>Filters for listing groups (<c>GET /rest/api/3/group/bulk</c>). Empty lists mean "all groups".</summary>
public sealed record JiraGroupQuery
{
    /// <summary>Group ids to return; default empty.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];

    /// <summary>Group names to return; default empty.</summary>
    public IReadOnlyList<string> GroupNames { get; init; } = [];
}
