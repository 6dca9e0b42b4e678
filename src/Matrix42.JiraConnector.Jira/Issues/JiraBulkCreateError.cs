namespace Matrix42.JiraConnector.Jira;

/// <summary>One element of a bulk create that failed.</summary>
public sealed record JiraBulkCreateError
{
    /// <summary>The zero-based index of the failed element in the list the caller passed.</summary>
    public int FailedElementNumber { get; init; }

    /// <summary>The HTTP status Jira gave this element.</summary>
    public int Status { get; init; }

    /// <summary>Jira's messages for this element.</summary>
    public JiraErrorBody? ElementErrors { get; init; }
}
