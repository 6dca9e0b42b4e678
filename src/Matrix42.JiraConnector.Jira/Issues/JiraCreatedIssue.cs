namespace Matrix42.JiraConnector.Jira;

/// <summary>The identity of an issue Jira just created.</summary>
public sealed record JiraCreatedIssue
{
    /// <summary>The new issue id.</summary>
    public string? Id { get; init; }

    /// <summary>The new issue key.</summary>
    public string? Key { get; init; }

    /// <summary>The new issue's REST URL.</summary>
    public string? Self { get; init; }
}
