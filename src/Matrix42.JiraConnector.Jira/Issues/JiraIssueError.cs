namespace Matrix42.JiraConnector.Jira;

/// <summary>An issue that a bulk fetch could not return, with Jira's reason.</summary>
public sealed record JiraIssueError
{
    /// <summary>The id or key that was asked for.</summary>
    public string? Id { get; init; }

    /// <summary>Jira's message.</summary>
    public string? ErrorMessage { get; init; }
}
