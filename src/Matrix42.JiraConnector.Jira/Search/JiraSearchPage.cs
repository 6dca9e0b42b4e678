namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// One page of search results. Resume with <see cref="NextPageToken"/> (valid for 7 days); when it is
/// null this was the last page.
/// </summary>
public sealed record JiraSearchPage
{
    private readonly IReadOnlyList<JiraIssue> _issues = [];

    /// <summary>The issues of this page; default empty.</summary>
    public IReadOnlyList<JiraIssue> Issues
    {
        get => _issues;
        init => _issues = value ?? [];
    }

    /// <summary>The token for the next page; null on the last page.</summary>
    public string? NextPageToken { get; init; }

    /// <summary><see langword="true"/> when no page follows.</summary>
    public bool IsLast => NextPageToken is null;
}
