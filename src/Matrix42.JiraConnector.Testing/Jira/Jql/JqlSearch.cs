using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>Runs a parsed query over the issues a caller may see, in the requested order.</summary>
internal static class JqlSearch
{
    /// <summary>Runs the query over the version of each issue that <paramref name="view"/> picks (none to
    /// skip it).</summary>
    public static List<JiraIssue> Run(JqlQuery query, JqlContext context, Func<JiraIssue, JiraIssue?> view)
    {
        var matches = new List<JiraIssue>();
        foreach (var current in context.Site.Issues.Values)
        {
            if (view(current) is { } issue && (query.Where is null || query.Where.Matches(issue, context)))
            {
                matches.Add(issue);
            }
        }

        if (query.OrderBy.Count > 0)
        {
            matches.Sort((a, b) => Compare(a, b, query.OrderBy, context.Site));
        }

        return matches;
    }

    private static int Compare(JiraIssue a, JiraIssue b, IReadOnlyList<JqlSort> order, JiraSite site)
    {
        foreach (var sort in order)
        {
            var result = CompareBy(a, b, sort.Field, site);
            if (result != 0)
            {
                return sort.Descending ? -result : result;
            }
        }

        return a.Id.CompareTo(b.Id);
    }

    private static int CompareBy(JiraIssue a, JiraIssue b, string field, JiraSite site) => field switch
    {
        "key" => KeyOrder(a).CompareTo(KeyOrder(b)),
        "id" => a.Id.CompareTo(b.Id),
        "created" => a.Created.CompareTo(b.Created),
        "updated" => a.Updated.CompareTo(b.Updated),
        "resolutiondate" => Nullable.Compare(a.ResolutionDate, b.ResolutionDate),
        "summary" => string.Compare(a.Summary, b.Summary, StringComparison.OrdinalIgnoreCase),
        "status" => string.Compare(a.Status.Name, b.Status.Name, StringComparison.OrdinalIgnoreCase),
        "issuetype" => string.Compare(a.IssueType.Name, b.IssueType.Name, StringComparison.OrdinalIgnoreCase),
        "project" => string.Compare(a.Project.Key, b.Project.Key, StringComparison.OrdinalIgnoreCase),
        "priority" => PriorityRank(a, site).CompareTo(PriorityRank(b, site)),
        "assignee" or "reporter" or "labels" or "resolution" =>
            string.Compare(Text(a, field), Text(b, field), StringComparison.OrdinalIgnoreCase),
        _ => string.CompareOrdinal(a.GetExtra(field)?.ToJsonString(), b.GetExtra(field)?.ToJsonString()),
    };

    private static (string, long) KeyOrder(JiraIssue issue) => JqlClause.SplitKey(issue.Key);

    private static int PriorityRank(JiraIssue issue, JiraSite site) =>
        issue.Priority is null ? int.MaxValue : site.Priorities.IndexOf(issue.Priority);

    private static string? Text(JiraIssue issue, string field) => field switch
    {
        "assignee" => issue.AssigneeId,
        "reporter" => issue.ReporterId,
        "labels" => string.Join(' ', issue.Labels),
        _ => issue.Resolution?.Name,
    };
}
