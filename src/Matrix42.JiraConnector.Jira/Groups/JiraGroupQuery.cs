namespace Matrix42.JiraConnector.Jira;

/// <summary>Filters for listing groups (<c>GET /rest/api/3/group/bulk</c>). Empty lists mean "all groups".</summary>
public sealed record JiraGroupQuery
{
    private readonly IReadOnlyList<string> _groupIds = [];
    private readonly IReadOnlyList<string> _groupNames = [];

    /// <summary>Group ids to return; default empty.</summary>
    public IReadOnlyList<string> GroupIds
    {
        get => _groupIds;
        init => _groupIds = value ?? [];
    }

    /// <summary>Group names to return; default empty.</summary>
    public IReadOnlyList<string> GroupNames
    {
        get => _groupNames;
        init => _groupNames = value ?? [];
    }
}
