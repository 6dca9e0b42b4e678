namespace Matrix42.JiraConnector.Jira;

/// <summary>A project.</summary>
public sealed record JiraProject
{
    /// <summary>The project id.</summary>
    public string? Id { get; init; }

    /// <summary>The project key, such as <c>OPS</c>.</summary>
    public string? Key { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary><c>software</c>, <c>service_desk</c> or <c>business</c>.</summary>
    public string? ProjectTypeKey { get; init; }

    /// <summary>Whether the project is team-managed (its issue types are project-scoped).</summary>
    public bool Simplified { get; init; }
}
