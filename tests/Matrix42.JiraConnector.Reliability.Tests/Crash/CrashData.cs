using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>
/// The Jira content of the crash trials: a first state, and changes between the first and second run. Every
/// world of one shape gets exactly the same content, so their outcomes compare.
/// </summary>
internal static class CrashData
{
    private const int Issues = 60;
    private const int Users = 24;
    private const int Groups = 6;

    public static void Seed(CrashHarness h)
    {
        var random = new Random(7);
        if (h.IsGeneric)
        {
            for (var i = 0; i < Issues; i++)
            {
                h.AddIssue($"Issue {i} #{random.Next(1000)} ünïcode");
            }

            return;
        }

        var users = new List<string>();
        for (var i = 0; i < Users; i++)
        {
            users.Add(h.Jira.AddUser($"User {i}", $"user{i}@example.test"));
        }

        for (var g = 0; g < Groups; g++)
        {
            var group = h.Jira.AddGroup($"group-{g}", $"grp-{g}");
            foreach (var user in users.Where(_ => random.NextDouble() < 0.4))
            {
                h.Jira.AddMember(group, user);
            }
        }
    }

    /// <summary>Changes Jira one step at a time, a minute apart, so changed issues carry distinct times.</summary>
    public static void Change(CrashHarness h)
    {
        var step = TimeSpan.FromMinutes(1);
        h.Time.Advance(step);
        if (h.IsGeneric)
        {
            var keys = h.IssueKeys.ToList();
            // New issues first and edits from the last key back: the order the search lists (and the loader
            // writes) issues in is not the order of their updates, as in a real site.
            for (var i = 0; i < 6; i++)
            {
                h.AddIssue($"New issue {i}");
                h.Time.Advance(step);
            }

            for (var i = 19; i >= 0; i--)
            {
                h.Jira.EditIssue(keys[(i * 3) + 1], new JsonObject { ["summary"] = $"Edited {i}" });
                h.Time.Advance(step);
            }

            if (h.Shape == TaskShape.GenericFull)
            {
                foreach (var key in new[] { keys[3], keys[21], keys[42], keys[57] })
                {
                    h.DeleteIssue(key);
                }
            }

            return;
        }

        var added = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            added.Add(h.Jira.AddUser($"Late user {i}", $"late{i}@example.test"));
        }

        var members = h.Jira.GetMembers("grp-1");
        h.Jira.DeactivateUser(members[0]);
        h.Jira.RemoveUser(h.Jira.GetMembers("grp-2")[^1]);
        h.Jira.RenameGroup("grp-3", "group-3-renamed");
        var group = h.Jira.AddGroup("group-late", "grp-late");
        h.Jira.AddMember(group, added[0]);
        h.Jira.AddMember(group, added[1]);
        h.Jira.AddMember("grp-0", added[2]);
        h.Jira.RemoveMember("grp-4", h.Jira.GetMembers("grp-4")[0]);
        h.Jira.RemoveGroup("grp-5");
    }
}
