namespace Matrix42.JiraConnector.Configuration;

/// <summary>What an event task does in Jira when an ESM workflow calls it.</summary>
public enum EventTaskUsage
{
    /// <summary>Creates issues (and may later update them, push comments and resolutions).</summary>
    CreateIssue,

    /// <summary>Updates existing issues only (fields, comments, resolutions).</summary>
    UpdateIssue,

    /// <summary>Creates and deletes users and groups and changes memberships.</summary>
    Provisioning,
}
