namespace Matrix42.JiraConnector.Configuration;

/// <summary>The kind of Jira object a path is read from; it decides which top-level names exist.</summary>
public enum JiraEntityKind
{
    /// <summary>An issue (<c>key</c>, <c>id</c>, <c>fields.*</c>).</summary>
    Issue,

    /// <summary>A user (<c>accountId</c>, <c>emailAddress</c>, <c>displayName</c>, ...).</summary>
    User,

    /// <summary>A group (<c>groupId</c>, <c>name</c>).</summary>
    Group,
}
