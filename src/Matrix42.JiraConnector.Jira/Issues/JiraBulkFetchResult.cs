namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The result of a bulk fetch. Issues come in ascending id order; issues the caller may not see are
/// left out silently by Jira, so compare with what was asked for.
/// </summary>
public sealed record JiraBulkFetchResult
{
    private readonly IReadOnlyList<JiraIssue> _issues = [];
    private readonly IReadOnlyList<JiraIssueError> _issueErrors = [];

    /// <summary>The issues returned; default empty.</summary>
    public IReadOnlyList<JiraIssue> Issues
    {
        get => _issues;
        init => _issues = value ?? [];
    }

    /// <summary>The ids or keys Jira reported errors for; default empty.</summary>
    public IReadOnlyList<JiraIssueError> IssueErrors
    {
        get => _issueErrors;
        init => _issueErrors = value ?? [];
    }
}
