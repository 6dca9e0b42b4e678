using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>
/// One connector's world for the crash trials: a fake Jira site and ESM tenant and the durable state store, all
/// surviving a crash, and a fresh runner (with fresh clients) for every run, as after a process restart.
/// </summary>
internal sealed class CrashHarness
{
    public const string TaskId = "crash-task";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromHours(1);
    private static readonly string[] StateAttributes = ["state", "account_state", "group_state"];
    private static readonly Dictionary<string, string> MatchAttributes = new(StringComparer.Ordinal)
    {
        ["ticket"] = "jira_id", ["person"] = "account_id", ["group"] = "group_id",
    };

    private readonly List<string> _issueKeys = [];

    public CrashHarness(TaskShape shape)
    {
        Shape = shape;
        Jira = new FakeJiraCloud(Time);
        Esm = new FakeEsm(new FakeEsmOptions { PublicOrigin = new Uri("https://esm.fake.test") }, Time);
        Jira.AddAccount("sync@example.test", "jira-token", isAdmin: true);
        Jira.AddProject("OPS", "Operations");
        Esm.AddUser("webapi", "webapi-password");
        IReadOnlyList<FakeEsmStaticValue> states =
            [new("active", "1 - Active"), new("inactive", "4 - Inactive"), new("removed", "5 - Removed")];
        Esm.DefineTemplate("ticket", "Ticket", t => t
            .Folder("tickets").Text("jira_id").Text("jira_key").Text("summary").Text("task_id")
            .StaticValue("state", states));
        Esm.DefineTemplate("person", "Person", t => t
            .Folder("people").Text("account_id").Text("name").Text("task_id").StaticValue("account_state", states)
            .Reference("groups", ["group"], multiValue: true));
        Esm.DefineTemplate("group", "Group", t => t
            .Folder("groups").Text("group_id").Text("name").Text("task_id").StaticValue("group_state", states)
            .Reference("members", ["person"], multiValue: true));
        Task = CrashTasks.For(shape);
        Store = new InMemoryConnectorStateStore(Time);
    }

    public TaskShape Shape { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public FakeJiraCloud Jira { get; }

    public FakeEsm Esm { get; }

    public InMemoryConnectorStateStore Store { get; }

    public ScheduledTaskDefinition Task { get; }

    public bool IsGeneric => Shape is TaskShape.GenericFull or TaskShape.GenericIncremental;

    /// <summary>The templates the task writes.</summary>
    public IReadOnlyList<string> Templates => IsGeneric ? ["ticket"] : ["person", "group"];

    /// <summary>Issue keys that exist in Jira.</summary>
    public IReadOnlyList<string> IssueKeys => _issueKeys;

    /// <summary>How many write requests ESM has served (logins aside).</summary>
    public long EsmWrites => Esm.Log.CountWhere(r =>
        r.Method is "PUT" or "POST" or "PATCH" or "DELETE" &&
        !r.Path.EndsWith("/users/login", StringComparison.Ordinal));

    public void AddIssue(string summary) => _issueKeys.Add(Jira.AddIssue("OPS", summary));

    public void DeleteIssue(string key)
    {
        Jira.DeleteIssue(key);
        _issueKeys.Remove(key);
    }

    /// <summary>Runs the task once with a new runner, moving the fake clock so back-off costs no real time.</summary>
    /// <param name="point">Counts calls and interrupts the run at one of them; none for a normal run.</param>
    /// <returns>The result, or <see langword="null"/> when the simulated process died.</returns>
    public async Task<ScheduledRunResult?> RunAsync(Interruption? point = null)
    {
        var jiraOptions = new JiraClientOptions
        {
            SiteUrl = Jira.SiteUrl, Email = "sync@example.test", ApiToken = "jira-token", SearchPageSize = 25,
        };
        var esmOptions = new EsmClientOptions
        {
            BaseAddress = new Uri("https://esm.fake.test"), Login = "webapi", Password = "webapi-password",
        };
        HttpMessageHandler jiraHandler = Jira.CreateHandler();
        HttpMessageHandler esmHandler = Esm.CreateHandler();
        IConnectorStateStore store = Store;
        if (point is not null)
        {
            jiraHandler = new InterruptingHandler(point, jiraHandler);
            esmHandler = new InterruptingHandler(point, esmHandler);
            store = new CrashingStateStore(Store, point);
        }

        using var jira = JiraClientFactory.Create(jiraOptions, Time, null, jiraHandler);
        using var esm = EsmClientFactory.Create(esmOptions, esmHandler, Time);
        var runner = new ScheduledTaskRunner(
            jira, esm, store,
            new ScheduledTaskRunnerOptions { LoadBatchSize = 10, LeaseDuration = LeaseDuration }, Time);
        var run = runner.RunAsync(Task, null, null, point?.Token ?? CancellationToken.None);
        while (!run.IsCompleted)
        {
            Time.Advance(TimeSpan.FromMilliseconds(500));
            await System.Threading.Tasks.Task.Delay(1, CancellationToken.None);
        }

        try
        {
            return await run;
        }
        catch (Exception) when (point is { Kind: InterruptionKind.Crash, Fired: true })
        {
            // The process is gone: whatever the runner was doing is abandoned. A restart comes later than the
            // lease lasts.
            Time.Advance(LeaseDuration + TimeSpan.FromMinutes(1));
            return null;
        }
    }

    /// <summary>
    /// Every card of the task's templates, references shown as the referenced card's match key, so worlds with
    /// different card ids compare equal when they hold the same content.
    /// </summary>
    public List<string> Outcome() =>
    [
        .. Templates.SelectMany(t => Esm.GetCards(t).Select(c => t + ":" + Render(c, resolve: true, withState: true)))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Each card's rendering by template and match key (a duplicate adds a second line to its
    /// key).</summary>
    public ILookup<string, string> OutcomeByKey() =>
        Templates.SelectMany(t => Esm.GetCards(t).Select(c => (Key: t + ":" + c.ValueOf(MatchAttributeOf(t)),
                Line: t + ":" + Render(c, resolve: true, withState: true))))
            .ToLookup(x => x.Key, x => x.Line, StringComparer.Ordinal);

    /// <summary>The card's written content (raw reference ids, no deletion state), to compare with the
    /// cache.</summary>
    public string Content(FakeEsmCard card) => Render(card, resolve: false, withState: false);

    public FakeEsmCard? Card(string dataCardId) =>
        long.TryParse(dataCardId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? Esm.FindCard(id)
            : null;

    public static string MatchAttributeOf(string template) => MatchAttributes[template];

    public static string TemplateOf(EntityKind kind) => kind switch
    {
        EntityKind.Issue => "ticket",
        EntityKind.User => "person",
        _ => "group",
    };

    /// <summary>Jira's <c>updated</c> of an issue.</summary>
    public DateTimeOffset UpdatedOf(string issueKey)
    {
        var text = Jira.GetIssue(issueKey)!["fields"]!["updated"]!.GetValue<string>();
        // Jira writes the offset without a colon (+0000).
        return DateTimeOffset.Parse(text.Insert(text.Length - 2, ":"), CultureInfo.InvariantCulture);
    }

    public string IdOf(string issueKey) => Jira.GetIssue(issueKey)!["id"]!.GetValue<string>();

    private string Resolve(string dataCardId) =>
        Card(dataCardId) is { } card ? MatchAttributeOf(card.TemplateCode) + "=" +
                                       card.ValueOf(MatchAttributeOf(card.TemplateCode)) : "missing:" + dataCardId;

    private string Render(FakeEsmCard card, bool resolve, bool withState) => string.Join(
        "|",
        card.Values
            .Where(a => withState || !StateAttributes.Contains(a.Key))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => a.Key + "=" + string.Join(",", a.Value
                .Select(v => v.DataCardId is { } id ? (resolve ? Resolve(id) : "#" + id) : v.Value)
                .Order(StringComparer.Ordinal))));
}
