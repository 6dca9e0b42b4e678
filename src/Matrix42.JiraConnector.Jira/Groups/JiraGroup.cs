namespace Matrix42.JiraConnector.Jira;

/// <summary>A Jira group. The name can change; <see cref="GroupId"/> is stable and used for every write.</summary>
public sealed record JiraGroup
{
    /// <summary>The stable group id (a UUID).</summary>
    public string? GroupId { get; init; }

    /// <summary>The group name.</summary>
    public string? Name { get; init; }

    /// <summary>The group's REST URL.</summary>
    public string? Self { get; init; }
}
