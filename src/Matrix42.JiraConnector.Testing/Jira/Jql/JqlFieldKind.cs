namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>The fields the interpreter understands.</summary>
internal enum JqlFieldKind
{
    Project,
    Key,
    Id,
    Status,
    IssueType,
    Assignee,
    Reporter,
    Labels,
    Created,
    Updated,
    ResolutionDate,
    Resolution,
    Priority,
    Custom,
}
