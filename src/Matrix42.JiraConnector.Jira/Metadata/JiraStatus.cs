namespace Matrix42.JiraConnector.Jira;

/// <summary>A workflow status. Names are not unique across projects.</summary>
public sealed record JiraStatus
{
    /// <summary>The status id.</summary>
    public string? Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The category.</summary>
    public JiraStatusCategory? StatusCategory { get; init; }
}
