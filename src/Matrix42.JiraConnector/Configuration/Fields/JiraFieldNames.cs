using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Names Jira uses for its system fields and object properties, used to reject typos in mapping paths
/// before anything runs.
/// </summary>
public static class JiraFieldNames
{
    private static readonly HashSet<string> SystemFields = new(StringComparer.Ordinal)
    {
        "summary", "description", "status", "priority", "assignee", "reporter", "creator", "labels",
        "created", "updated", "duedate", "resolution", "resolutiondate", "issuetype", "project",
        "components", "fixVersions", "versions", "environment", "parent", "comment", "attachment",
        "issuelinks", "subtasks", "timetracking", "timeestimate", "timeoriginalestimate", "timespent",
        "aggregatetimespent", "aggregatetimeestimate", "aggregatetimeoriginalestimate", "aggregateprogress",
        "progress", "votes", "watches", "worklog", "security", "statuscategorychangedate", "lastViewed",
        "workratio", "statusCategory",
    };

    private static readonly HashSet<string> IssueRoots = new(StringComparer.Ordinal)
    {
        "key", "id", "self", "fields", "renderedFields", "changelog", "properties",
    };

    private static readonly HashSet<string> UserRoots = new(StringComparer.Ordinal)
    {
        "accountId", "accountType", "emailAddress", "displayName", "active", "timeZone", "locale", "self",
        "avatarUrls",
    };

    private static readonly HashSet<string> GroupRoots = new(StringComparer.Ordinal)
    {
        "groupId", "name", "self",
    };

    /// <summary>Whether the id names a Jira system field, e.g. <c>summary</c> or <c>duedate</c>.</summary>
    /// <param name="fieldId">The field id.</param>
    /// <returns><see langword="true"/> for a known system field.</returns>
    public static bool IsSystemField(string fieldId) => SystemFields.Contains(fieldId);

    /// <summary>Whether the id has the custom field form <c>customfield_&lt;digits&gt;</c>.</summary>
    /// <param name="fieldId">The field id.</param>
    /// <returns><see langword="true"/> for a custom field id.</returns>
    public static bool IsCustomFieldId(string fieldId)
    {
        const string prefix = "customfield_";
        if (!fieldId.StartsWith(prefix, StringComparison.Ordinal) || fieldId.Length == prefix.Length)
        {
            return false;
        }

        return fieldId.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>Whether the name exists at the top level of the given kind of Jira object.</summary>
    /// <param name="kind">The kind of object.</param>
    /// <param name="name">The top-level name.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool IsKnownRoot(JiraEntityKind kind, string name) => kind switch
    {
        JiraEntityKind.Issue => IssueRoots.Contains(name),
        JiraEntityKind.User => UserRoots.Contains(name),
        _ => GroupRoots.Contains(name),
    };

    /// <summary>
    /// Parses a field reference of an event mapping: a field id (<c>summary</c>, <c>customfield_10045</c>) or a
    /// display name in brackets (<c>["Story Points"]</c>).
    /// </summary>
    /// <param name="text">The reference.</param>
    /// <param name="name">The field id or display name.</param>
    /// <param name="isDisplayName">Whether <paramref name="name"/> is a display name.</param>
    /// <returns>Whether the reference is well formed and, if an id, a known system or custom field id.</returns>
    public static bool TryParseReference(string? text, [NotNullWhen(true)] out string? name, out bool isDisplayName)
    {
        name = null;
        isDisplayName = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.StartsWith("[\"", StringComparison.Ordinal) && text.EndsWith("\"]", StringComparison.Ordinal))
        {
            if (text.Length <= 4)
            {
                return false;
            }

            name = text[2..^2];
            isDisplayName = true;
            return true;
        }

        if (IsSystemField(text) || IsCustomFieldId(text))
        {
            name = text;
            return true;
        }

        return false;
    }
}
