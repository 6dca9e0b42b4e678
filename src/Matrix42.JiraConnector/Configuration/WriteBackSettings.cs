namespace Matrix42.JiraConnector.Configuration;

/// <summary>ESM attributes that receive what an event task created in Jira.</summary>
public sealed class WriteBackSettings
{
    /// <summary>Receives the created issue key.</summary>
    /// <value>No default; optional.</value>
    public string? IssueKeyAttribute { get; set; }

    /// <summary>Receives the created issue id.</summary>
    /// <value>No default; optional.</value>
    public string? IssueIdAttribute { get; set; }

    /// <summary>Receives the account id of a created user.</summary>
    /// <value>No default; optional.</value>
    public string? AccountIdAttribute { get; set; }

    /// <summary>Receives the group id of a created group.</summary>
    /// <value>No default; optional.</value>
    public string? GroupIdAttribute { get; set; }
}
