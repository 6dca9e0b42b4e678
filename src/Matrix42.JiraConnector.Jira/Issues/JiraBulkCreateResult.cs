namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The result of a bulk create: the created issues and the failed elements. Jira answers 201 when at
/// least one issue was created, so always look at <see cref="Errors"/>.
/// </summary>
public sealed record JiraBulkCreateResult
{
    private readonly IReadOnlyList<JiraCreatedIssue> _issues = [];
    private readonly IReadOnlyList<JiraBulkCreateError> _errors = [];

    /// <summary>The issues created, in request order of the successful elements; default empty.</summary>
    public IReadOnlyList<JiraCreatedIssue> Issues
    {
        get => _issues;
        init => _issues = value ?? [];
    }

    /// <summary>The failed elements; default empty.</summary>
    public IReadOnlyList<JiraBulkCreateError> Errors
    {
        get => _errors;
        init => _errors = value ?? [];
    }
}
