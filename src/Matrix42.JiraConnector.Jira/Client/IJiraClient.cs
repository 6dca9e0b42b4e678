namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// A typed client for one Jira Cloud site (REST API v3). Operations are grouped by area; every call is
/// async, takes a trailing cancellation token, goes through the same retry rules and the connector's rate
/// limiter, and fails with <see cref="JiraApiException"/> (or a derived type) when Jira refuses it.
/// </summary>
public interface IJiraClient
{
    /// <summary>Account, server information and the connection test.</summary>
    IJiraConnectionOperations Connection { get; }

    /// <summary>JQL search, counts and parsing.</summary>
    IJiraSearchOperations Search { get; }

    /// <summary>Issues, transitions, properties and changelogs.</summary>
    IJiraIssueOperations Issues { get; }

    /// <summary>Comments.</summary>
    IJiraCommentOperations Comments { get; }

    /// <summary>Users.</summary>
    IJiraUserOperations Users { get; }

    /// <summary>Groups and memberships.</summary>
    IJiraGroupOperations Groups { get; }

    /// <summary>Fields, projects, issue types, statuses, resolutions and screen metadata.</summary>
    IJiraMetadataOperations Metadata { get; }

    /// <summary>
    /// Whether the configured API token expires soon (see <see cref="JiraClientOptions.ApiTokenExpiresAt"/>).
    /// </summary>
    JiraTokenExpiry TokenExpiry { get; }
}
