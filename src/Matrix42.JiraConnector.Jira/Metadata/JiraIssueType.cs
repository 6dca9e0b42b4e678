namespace Matrix42.JiraConnector.Jira;

/// <summary>An issue type. Team-managed projects have their own types that may share names with others.</summary>
public sealed record JiraIssueType
{
    /// <summary>The issue type id.</summary>
    public string? Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether this is a subtask type.</summary>
    public bool Subtask { get; init; }

    /// <summary>The hierarchy level: -1 subtask, 0 base, 1 epic.</summary>
    public int? HierarchyLevel { get; init; }
}
