using System.Globalization;
using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Testing.Generation;

/// <summary>
/// Fills a <see cref="FakeEsm"/> with deterministic data shaped like what the connector writes: person
/// cards (from Jira users), group cards with member references (from Jira groups) and incident cards
/// (from Jira issues), each stamped with a task id. The same seed and size give the same cards.
/// </summary>
public static class EsmDataGenerator
{
    /// <summary>The person template code.</summary>
    public const string PersonTemplate = "person";

    /// <summary>The group template code.</summary>
    public const string GroupTemplate = "jira_group";

    /// <summary>The incident template code.</summary>
    public const string IncidentTemplate = "incident";

    /// <summary>The task id stamped on generated cards.</summary>
    public const string TaskId = "4711";

    private static readonly FakeEsmStaticValue[] States = [new("active", "1 - Active"), new("removed", "5 - Removed")];

    private static readonly FakeEsmStaticValue[] IncidentStates =
    [
        new("new", "1 - New"),
        new("solving", "2 - Solving"),
        new("solved", "3 - Solved"),
        new("closed", "4 - Closed"),
    ];

    private static readonly string[] FirstNames =
        ["Aino", "Eero", "Lotta", "Matti", "Sanna", "Ville", "Iida", "Oskari"];

    private static readonly string[] LastNames = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Laine", "Heikkinen"];

    private static readonly string[] Topics = ["printer", "vpn", "mailbox", "badge", "license", "laptop", "network"];

    /// <summary>
    /// Defines the <c>person</c>, <c>jira_group</c> and <c>incident</c> templates (folders <c>people</c>,
    /// <c>groups</c> and <c>incidents</c>) the generator fills.
    /// </summary>
    public static void DefineTemplates(FakeEsm esm)
    {
        ArgumentNullException.ThrowIfNull(esm);
        esm.DefineTemplate(PersonTemplate, "Person", t => t
            .Folder("people", "People")
            .Text("full_name", "Full name")
            .Text("account_id", "Jira account id")
            .Text("task_id", "Task id")
            .StaticValue("status", States, "Status"));
        esm.DefineTemplate(GroupTemplate, "Jira group", t => t
            .Folder("groups", "Groups")
            .Text("group_name", "Group name")
            .Text("group_id", "Jira group id")
            .Text("task_id", "Task id")
            .StaticValue("status", States, "Status")
            .Reference("members", [PersonTemplate], "Members", multiValue: true));
        esm.DefineTemplate(IncidentTemplate, "Incident", t => t
            .Folder("incidents", "Incidents")
            .Text("subject", "Subject")
            .Text("jira_key", "Jira key")
            .Text("task_id", "Task id")
            .Number("priority", "Priority")
            .DateTime("created", "Created")
            .StaticValue("status", IncidentStates, "Status")
            .Reference("owner", [PersonTemplate], "Owner")
            .Worklog("comments", "Comments"));
    }

    /// <summary>Defines the templates and creates the cards.</summary>
    /// <param name="esm">An empty tenant (the templates must not exist yet).</param>
    /// <param name="size">How much to create; default <see cref="EsmDataSize"/> as constructed.</param>
    /// <param name="seed">The seed of the random choices. Default 1.</param>
    public static EsmGenerationResult Populate(FakeEsm esm, EsmDataSize? size = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(esm);
        size ??= new EsmDataSize();
        DefineTemplates(esm);

        // A seeded Random makes the data reproducible; it has nothing to do with security.
#pragma warning disable CA5394
        var random = new Random(seed);
        var people = AddPeople(esm, size);
        var groups = AddGroups(esm, size, people, random);
        var incidents = AddIncidents(esm, size, people, random);
#pragma warning restore CA5394
        return new EsmGenerationResult(TaskId, people, groups, incidents);
    }

    private static List<long> AddPeople(FakeEsm esm, EsmDataSize size)
    {
        var ids = new List<long>(size.People);
        for (var i = 0; i < size.People; i++)
        {
            var name = Invariant(
                $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]} {i}");
            ids.Add(esm.AddCard(PersonTemplate, "people", new Dictionary<string, object?>
            {
                ["full_name"] = name,
                ["account_id"] = Invariant($"712020:{i:x12}"),
                ["task_id"] = TaskId,
                ["status"] = Status(i, size.RemovedEvery),
            }));
        }

        return ids;
    }

    private static List<long> AddGroups(FakeEsm esm, EsmDataSize size, List<long> people, Random random)
    {
        var ids = new List<long>(size.Groups);
        for (var i = 0; i < size.Groups; i++)
        {
            var members = new HashSet<long>();
            for (var m = 0; m < size.MembersPerGroup && people.Count > 0; m++)
            {
                members.Add(people[random.Next(people.Count)]);
            }

            ids.Add(esm.AddCard(GroupTemplate, "groups", new Dictionary<string, object?>
            {
                ["group_name"] = Invariant($"grp-{Topics[i % Topics.Length]}-{i:00000}"),
                ["group_id"] = Invariant($"00000000-0000-4000-8000-{i:x12}"),
                ["task_id"] = TaskId,
                ["status"] = Status(i, size.RemovedEvery),
                ["members"] = members.Order().ToList(),
            }));
        }

        return ids;
    }

    private static List<long> AddIncidents(FakeEsm esm, EsmDataSize size, List<long> people, Random random)
    {
        var ids = new List<long>(size.Incidents);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < size.Incidents; i++)
        {
            var values = new Dictionary<string, object?>
            {
                ["subject"] = Invariant($"{Topics[random.Next(Topics.Length)]} issue {i}"),
                ["jira_key"] = Invariant($"OPS-{i + 1}"),
                ["task_id"] = TaskId,
                ["priority"] = random.Next(1, 6),
                ["created"] = start.AddMinutes(i * 7),
                ["status"] = IncidentStates[random.Next(IncidentStates.Length)].Value,
            };
            if (people.Count > 0)
            {
                values["owner"] = people[random.Next(people.Count)];
            }

            ids.Add(esm.AddCard(IncidentTemplate, "incidents", values));
        }

        return ids;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Status(int index, int removedEvery) =>
        removedEvery > 0 && index % removedEvery == removedEvery - 1 ? States[1].Value : States[0].Value;
}
