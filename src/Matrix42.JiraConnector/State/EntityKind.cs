namespace Matrix42.JiraConnector.State;

/// <summary>The kind of Jira object a scheduled task keeps in step with an ESM data card.</summary>
public enum EntityKind
{
    /// <summary>A Jira user, loaded as an identity card and matched by its <c>accountId</c>.</summary>
    User = 0,

    /// <summary>A Jira group, loaded as an access-right card and matched by its <c>groupId</c>.</summary>
    Group = 1,

    /// <summary>A Jira issue, loaded as a generic card and matched by its numeric issue id.</summary>
    Issue = 2,
}
