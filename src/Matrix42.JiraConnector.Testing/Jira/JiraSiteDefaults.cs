using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// The configuration a new Jira Cloud site starts with: the usual issue types, a three-status workflow whose
/// "Done" transition asks for a resolution, the standard resolutions and priorities, and the system fields.
/// </summary>
internal static class JiraSiteDefaults
{
    public static void Apply(JiraSite site)
    {
        site.IssueTypes.Add(new JiraNamed { Id = "10001", Name = "Task", Description = "A small piece of work." });
        site.IssueTypes.Add(new JiraNamed { Id = "10002", Name = "Bug", Description = "A problem." });
        site.IssueTypes.Add(new JiraNamed { Id = "10003", Name = "Story", Description = "A user goal." });
        site.IssueTypes.Add(
            new JiraNamed { Id = "10004", Name = "Sub-task", Description = "Part of a task.", Subtask = true });

        site.Statuses.Add(new JiraStatus { Id = "10000", Name = "To Do", CategoryKey = "new" });
        site.Statuses.Add(new JiraStatus { Id = "3", Name = "In Progress", CategoryKey = "indeterminate" });
        site.Statuses.Add(new JiraStatus { Id = "10001", Name = "Done", CategoryKey = "done" });

        AddTransition(site, "11", "To Do", "10000", []);
        AddTransition(site, "21", "In Progress", "3", []);
        var done = AddTransition(site, "31", "Done", "10001", []);
        done.ScreenFields["resolution"] = true;

        site.Resolutions.Add(
            new JiraNamed { Id = "10000", Name = "Done", Description = "Work is complete.", IsDefault = true });
        site.Resolutions.Add(new JiraNamed { Id = "10001", Name = "Won't Do", Description = "Will not be done." });
        site.Resolutions.Add(new JiraNamed { Id = "10002", Name = "Duplicate", Description = "Duplicate of another." });

        string[] priorities = ["Highest", "High", "Medium", "Low", "Lowest"];
        for (var i = 0; i < priorities.Length; i++)
        {
            var id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            site.Priorities.Add(new JiraNamed { Id = id, Name = priorities[i], IsDefault = i == 2 });
        }

        AddSystemFields(site);
    }

    private static JiraTransition AddTransition(JiraSite site, string id, string name, string to, string[] from)
    {
        var transition = new JiraTransition { Id = id, Name = name, ToStatusId = to };
        transition.FromStatusIds.UnionWith(from);
        site.Transitions.Add(transition);
        return transition;
    }

    private static void AddSystemFields(JiraSite site)
    {
        (string Id, string Name, string Type, string? Items)[] fields =
        [
            ("summary", "Summary", "string", null),
            ("description", "Description", "string", null),
            ("project", "Project", "project", null),
            ("issuetype", "Issue Type", "issuetype", null),
            ("status", "Status", "status", null),
            ("priority", "Priority", "priority", null),
            ("resolution", "Resolution", "resolution", null),
            ("resolutiondate", "Resolved", "datetime", null),
            ("assignee", "Assignee", "user", null),
            ("reporter", "Reporter", "user", null),
            ("labels", "Labels", "array", "string"),
            ("created", "Created", "datetime", null),
            ("updated", "Updated", "datetime", null),
            ("duedate", "Due date", "date", null),
            ("comment", "Comment", "comments-page", null),
            ("parent", "Parent", "issuelink", null),
        ];
        foreach (var (id, name, type, items) in fields)
        {
            site.AddField(new JiraField { Id = id, Name = name, SchemaType = type, Items = items, SchemaName = id });
        }
    }
}
