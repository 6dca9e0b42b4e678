namespace Matrix42.JiraConnector.Jira;

/// <summary>Who may see a comment: members of a project role or of a group.</summary>
public sealed record JiraVisibility
{
    /// <summary><c>role</c> or <c>group</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The role name or group name.</summary>
    public string? Value { get; init; }

    /// <summary>The role name or group id (preferred for groups, whose names can change).</summary>
    public string? Identifier { get; init; }
}
