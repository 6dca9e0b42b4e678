using System.Globalization;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Generation;

/// <summary>
/// Fills a <see cref="FakeJiraCloud"/> with deterministic data of any size: the same seed and size always give
/// the same accounts, groups, memberships and issues. Entities are stored compactly and rendered per page, so
/// the default size (50,000 users, 7,000 groups, 350,000 memberships, 100,000 issues) stays fast and small.
/// </summary>
public static class JiraDataGenerator
{
    private static readonly string[] FirstNames =
        ["Mia", "Noah", "Emma", "Liam", "Olivia", "Elias", "Sofia", "Lukas", "Hanna", "Jonas", "Lea", "Felix", "Anna",
            "Paul", "Ida", "Ben"];

    private static readonly string[] LastNames =
        ["Krystof", "Meyer", "Schmidt", "Novak", "Larsen", "Rossi", "Dubois", "Kowalski", "Berg", "Silva", "Weber",
            "Hansen"];

    private static readonly string[] Zones = ["Europe/Berlin", "UTC", "America/New_York", "Asia/Tokyo",
        "Australia/Sydney"];

    private static readonly string[] Words =
        ["printer", "laptop", "access", "vpn", "mailbox", "badge", "license", "network", "screen", "password", "phone",
            "desk"];

    private static readonly string[] ProjectKeys = ["OPS", "HR", "IT", "FIN", "DEV", "SUP", "SEC", "NET", "FAC", "LEG"];

    /// <summary>Fills the site. Call it on a new site; existing content is kept and ids continue after it.</summary>
    /// <param name="site">The site to fill.</param>
    /// <param name="size">How much to create; default <see cref="JiraDataSize"/>'s defaults.</param>
    /// <param name="seed">The random seed; default 1.</param>
    /// <returns>The administrator account and project keys.</returns>
    public static JiraGenerationResult Populate(FakeJiraCloud site, JiraDataSize? size = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(site);
        size ??= new JiraDataSize();
        var adminId = site.AddAccount(
            "admin@example.com", "admin-token", isAdmin: true, displayName: "Site Admin", timeZone: "UTC");
        var state = site.Site;
        lock (state.Sync)
        {
            // Random with a seed is what makes the data reproducible; it is not used for security.
#pragma warning disable CA5394
            var random = new Random(seed);
            var users = AddUsers(state, size.Users, random);
            var groups = AddGroups(state, size.Groups);
            AddMemberships(groups, users, size.Memberships, random);
            var projects = AddProjects(state, size.Projects);
            AddIssues(state, projects, users, size, random);
#pragma warning restore CA5394
            return new JiraGenerationResult("admin@example.com", "admin-token", adminId, [.. projects.Select(p =>
                p.Key)]);
        }
    }

    private static List<JiraUser> AddUsers(JiraSite state, int count, Random random)
    {
        var users = new List<JiraUser>(count);
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var roll = random.Next(100);
            var user = new JiraUser
            {
                AccountId = "712020:" + JiraSite.DeterministicGuid("generated-user", i),
                DisplayName = $"{first} {last}",
                Email = string.Create(CultureInfo.InvariantCulture,
                    $"{first}.{last}.{i}@example.com").ToLowerInvariant(),
                EmailVisible = roll >= 5,
                Active = roll is < 95 or >= 98,
                AccountType = roll switch { 95 => "app", 96 => "customer", _ => "atlassian" },
                TimeZone = Zones[random.Next(Zones.Length)],
            };
            state.AddUser(user);
            users.Add(user);
        }

        return users;
    }

    private static List<JiraGroup> AddGroups(JiraSite state, int count)
    {
        var groups = new List<JiraGroup>(count);
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"grp-{Words[i % Words.Length]}-{i:00000}");
            groups.Add(state.AddGroup(name, JiraSite.DeterministicGuid("generated-group", i)));
        }

        return groups;
    }

    private static void AddMemberships(List<JiraGroup> groups, List<JiraUser> users, int count, Random random)
    {
        if (groups.Count == 0 || users.Count == 0)
        {
            return;
        }

        var target = (int)Math.Min(count, (long)groups.Count * users.Count);
        var added = 0;
        while (added < target)
        {
            // Squaring a uniform number skews membership towards the first groups, as real sites have a few big groups.
            var g = (int)(Math.Pow(random.NextDouble(), 2) * groups.Count);
            if (groups[g].Members.Add(users[random.Next(users.Count)].AccountId))
            {
                added++;
            }
        }
    }

    private static List<JiraProject> AddProjects(JiraSite state, int count)
    {
        var projects = new List<JiraProject>();
        for (var i = 0; i < Math.Max(1, count); i++)
        {
            var key = i < ProjectKeys.Length ? ProjectKeys[i] : string.Create(CultureInfo.InvariantCulture, $"P{i}");
            projects.Add(state.AddProject(key, $"{key} project"));
        }

        return projects;
    }

    private static void AddIssues(
        JiraSite state, List<JiraProject> projects, List<JiraUser> users, JiraDataSize size, Random random)
    {
        var now = state.Now;
        var types = state.IssueTypes.Where(t => !t.Subtask).ToList();
        for (var i = 0; i < size.Issues; i++)
        {
            var project = projects[i % projects.Count];
            var created = now - TimeSpan.FromMinutes(random.Next(2 * 365 * 24 * 60));
            var status = state.Statuses[random.Next(state.Statuses.Count)];
            var issue = new JiraIssue
            {
                Id = state.NextIssueId++,
                Key = string.Create(CultureInfo.InvariantCulture, $"{project.Key}-{project.NextNumber++}"),
                Project = project,
                IssueType = types[random.Next(types.Count)],
                Status = status,
                Priority = state.Priorities[random.Next(state.Priorities.Count)],
                Summary = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} issue {i}",
                Created = created,
                Updated = created + TimeSpan.FromMinutes(random.Next((int)Math.Max(1, (now - created).TotalMinutes))),
                AssigneeId = users.Count == 0 || random.Next(4) == 0 ? null : users[random.Next(users.Count)].AccountId,
                ReporterId = users.Count == 0 ? null : users[random.Next(users.Count)].AccountId,
                Labels = random.Next(3) == 0 ? [Words[random.Next(Words.Length)]] : [],
            };
            if (status.CategoryKey == "done")
            {
                issue.Resolution = state.Resolutions[0];
                issue.ResolutionDate = issue.Updated;
            }

            if (size.RichIssueEvery > 0 && i % size.RichIssueEvery == 0)
            {
                Enrich(state, issue, users, random);
            }

            state.Issues[issue.Id] = issue;
            state.IssuesByKey[issue.Key] = issue;
        }
    }

    private static void Enrich(JiraSite state, JiraIssue issue, List<JiraUser> users, Random random)
    {
        issue.Description = AdfText.FromText($"Details of {issue.Summary}.\nReported through the service desk.");
        var count = random.Next(1, 4);
        for (var c = 0; c < count; c++)
        {
            issue.Comments ??= [];
            issue.Comments.Add(new JiraComment
            {
                Id = state.NextCommentId++,
                AuthorId = users.Count == 0 ? null : users[random.Next(users.Count)].AccountId,
                Body = AdfText.FromText($"Comment {c + 1} on {issue.Key}"),
                Created = issue.Created + TimeSpan.FromMinutes(c + 1),
                Updated = issue.Created + TimeSpan.FromMinutes(c + 1),
            });
        }

        var change = new JiraChange { Id = state.NextChangeId++, AuthorId = issue.ReporterId, Created = issue.Updated };
        change.Items.Add(new JiraChangeItem(
            "status", "status", state.InitialStatus.Id, state.InitialStatus.Name, issue.Status.Id, issue.Status.Name));
        (issue.Changes ??= []).Add(change);
    }
}
