using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// Seeds the fake Jira Cloud with a small but realistic organisation: people of every account type (some hide
/// their e-mail), groups with memberships, two projects with a workflow, and issues with ADF descriptions,
/// custom fields of several shapes and comment threads. The same seed always gives the same site.
/// </summary>
internal static class DemoJiraSite
{
    public const string AdminEmail = "connector@demo.example";
    public const string AdminToken = "demo-jira-api-token";

    private static readonly string[] GivenNames =
        ["Mia", "Noah", "Ella", "Leo", "Aino", "Eino", "Sara", "Jonas", "Lena", "Oskar", "Iris", "Paul"];

    private static readonly string[] FamilyNames =
        ["Krystof", "Virtanen", "Meyer", "Nieminen", "Schulz", "Laine", "Weber", "Korhonen", "Becker", "Mäkinen"];

    private static readonly string[] GroupNames =
    [
        "esm-agents", "jira-software-users", "jira-servicemanagement-users", "finance", "human-resources",
        "it-operations", "network-team", "security-office", "sales", "marketing", "facilities", "legal",
    ];

    private static readonly string[] Topics =
        ["Printer down", "VPN drops", "New laptop", "Access to payroll", "Mailbox full", "Badge not working",
         "Onboarding", "Monitor flickers", "Password reset", "Software licence"];

    /// <summary>Fills <paramref name="jira"/> and returns the ids the rest of the demo refers to.</summary>
    public static DemoJiraFacts Seed(FakeJiraCloud jira, int userCount = 300, int seed = 42)
    {
        var random = new Random(seed);
        var adminId = jira.AddAccount(AdminEmail, AdminToken, isAdmin: true, displayName: "ESM Connector",
            timeZone: "Europe/Berlin");

        var people = AddUsers(jira, random, userCount);
        var groups = GroupNames.Select(name => jira.AddGroup(name)).ToList();
        var memberships = 0;
        foreach (var person in people)
        {
            // Everyone works somewhere; some people are in two or three groups.
            foreach (var group in groups.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
            {
                jira.AddMember(group, person);
                memberships++;
            }
        }

        AddWorkflow(jira);
        var fields = new DemoCustomFields(
            jira.AddCustomField("ESM Reference", "string"),
            jira.AddCustomField("Story Points", "number"),
            jira.AddCustomField("Due Review", "date"),
            jira.AddCustomField("Impact", "option"),
            jira.AddCustomField("Affected Sites", "array", items: "string"));
        jira.AddProject("OPS", "IT Operations");
        jira.AddProject("HR", "People Services");

        var issues = AddIssues(jira, random, people, fields);
        return new DemoJiraFacts(adminId, userCount, people, groups, memberships, issues, fields);
    }

    private static List<string> AddUsers(FakeJiraCloud jira, Random random, int count)
    {
        var people = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{GivenNames[i % GivenNames.Length]} {FamilyNames[i / GivenNames.Length % FamilyNames.Length]}"
                + (i >= GivenNames.Length * FamilyNames.Length ? $" {i}" : string.Empty);
            var email = $"user{i:D3}@demo.example";

            // Mostly people; every 20th an app (bot) account and every 25th a portal customer.
            var accountType = i % 20 == 19 ? "app" : i % 25 == 24 ? "customer" : "atlassian";
            var id = jira.AddUser(name, email, accountType, active: i % 50 != 49, emailVisible: i % 4 != 0,
                timeZone: random.Next(2) == 0 ? "Europe/Berlin" : "Europe/Helsinki");
            if (accountType == "atlassian")
            {
                people.Add(id);
            }
        }

        return people;
    }

    private static void AddWorkflow(FakeJiraCloud jira)
    {
        jira.AddStatus("Waiting for support");
        jira.AddTransition("Wait for support", "Waiting for support", ["In Progress"]);
        jira.AddTransition("Resume", "In Progress", ["Waiting for support"]);
    }

    private static List<string> AddIssues(
        FakeJiraCloud jira, Random random, List<string> people, DemoCustomFields fields)
    {
        var keys = new List<string>();
        string[] statuses = ["To Do", "In Progress", "Waiting for support", "Done"];
        string[] impacts = ["Low", "Medium", "High"];
        for (var i = 0; i < 60; i++)
        {
            var project = i % 3 == 0 ? "HR" : "OPS";
            var summary = $"{Topics[i % Topics.Length]} #{i + 1}";
            var reporter = people[random.Next(people.Count)];
            var issueFields = new JsonObject
            {
                ["description"] = Adf(
                    $"{summary} reported by the service desk.", "Steps taken so far are listed below."),
                ["status"] = new JsonObject { ["name"] = statuses[i % statuses.Length] },
                ["assignee"] = new JsonObject { ["accountId"] = people[random.Next(people.Count)] },
                [fields.EsmReference] = $"INC-{100200 + i:D6}",
                [fields.StoryPoints] = 1 + (i % 8),
                [fields.DueReview] = $"2026-12-{1 + (i % 28):D2}",
                [fields.Impact] = new JsonObject { ["value"] = impacts[i % impacts.Length] },
                [fields.AffectedSites] = new JsonArray("Berlin", i % 2 == 0 ? "Helsinki" : "Munich"),
            };
            if (statuses[i % statuses.Length] == "Done")
            {
                issueFields["resolution"] = new JsonObject { ["name"] = "Done" };
            }

            var key = jira.AddIssue(project, summary, issueFields, reporter);
            for (var c = 0; c < i % 4; c++)
            {
                jira.AddComment(key, $"Update {c + 1}: checked with the user.", people[random.Next(people.Count)]);
            }

            keys.Add(key);
        }

        return keys;
    }

    /// <summary>An ADF document of two paragraphs, as Jira stores descriptions.</summary>
    public static JsonObject Adf(string first, string second) => new()
    {
        ["type"] = "doc",
        ["version"] = 1,
        ["content"] = new JsonArray(Paragraph(first), Paragraph(second)),
    };

    private static JsonObject Paragraph(string text) => new()
    {
        ["type"] = "paragraph",
        ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
    };
}
