namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>Resolves field names (and their aliases) to the fields the interpreter supports.</summary>
internal static class JqlFields
{
    private static readonly Dictionary<string, JqlFieldKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["project"] = JqlFieldKind.Project,
        ["key"] = JqlFieldKind.Key,
        ["issuekey"] = JqlFieldKind.Key,
        ["issue"] = JqlFieldKind.Key,
        ["id"] = JqlFieldKind.Id,
        ["status"] = JqlFieldKind.Status,
        ["issuetype"] = JqlFieldKind.IssueType,
        ["type"] = JqlFieldKind.IssueType,
        ["assignee"] = JqlFieldKind.Assignee,
        ["reporter"] = JqlFieldKind.Reporter,
        ["labels"] = JqlFieldKind.Labels,
        ["created"] = JqlFieldKind.Created,
        ["createddate"] = JqlFieldKind.Created,
        ["updated"] = JqlFieldKind.Updated,
        ["updateddate"] = JqlFieldKind.Updated,
        ["resolved"] = JqlFieldKind.ResolutionDate,
        ["resolutiondate"] = JqlFieldKind.ResolutionDate,
        ["resolution"] = JqlFieldKind.Resolution,
        ["priority"] = JqlFieldKind.Priority,
    };

    public static JqlField Resolve(string name, JiraSite site)
    {
        if (Names.TryGetValue(name, out var kind))
        {
            return new JqlField(kind, name);
        }

        var fieldId = name.StartsWith("cf[", StringComparison.OrdinalIgnoreCase) && name.EndsWith(']')
            ? "customfield_" + name[3..^1]
            : name;
        if (fieldId.StartsWith("customfield_", StringComparison.OrdinalIgnoreCase)
            && site.FieldsById.TryGetValue(fieldId.ToLowerInvariant(), out var custom) && custom.Custom)
        {
            return new JqlField(JqlFieldKind.Custom, name, custom);
        }

        throw new JqlException(
            $"Field '{name}' does not exist or you do not have permission to view it " +
            "(or this fake does not support it).");
    }

    public static string SortField(string name, JiraSite site)
    {
        var field = Names.TryGetValue(name, out _) || name.Equals("summary", StringComparison.OrdinalIgnoreCase)
            ? name.ToLowerInvariant()
            : Resolve(name, site).Custom?.Id;
        return field switch
        {
            "issuekey" or "issue" => "key",
            "type" => "issuetype",
            "createddate" => "created",
            "updateddate" => "updated",
            "resolved" => "resolutiondate",
            null => throw new JqlException($"Not able to sort using field '{name}'."),
            _ => field,
        };
    }
}
