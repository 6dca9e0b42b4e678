namespace Matrix42.JiraConnector.Jira;

/// <summary>An issue resolution, such as <c>Done</c>.</summary>
public sealed record JiraResolution
{
    /// <summary>The resolution id.</summary>
    public string? Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }
}
