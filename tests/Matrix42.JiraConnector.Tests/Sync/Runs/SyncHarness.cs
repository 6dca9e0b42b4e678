using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

/// <summary>A fake Jira site and a fake ESM tenant served in process, with a runner between them.</summary>
internal sealed class SyncHarness : IDisposable
{
    public const string Removed = "5 - Removed";
    public const string Inactive = "4 - Inactive";
    public const string Active = "1 - Active";

    /// <param name="loadBatchSize">The cards per bulk write.</param>
    /// <param name="jiraTimeZone">The Jira account's time zone.</param>
    /// <param name="esmHandler">Wraps the fake ESM's handler, e.g. to act when a call is answered.</param>
    public SyncHarness(
        int loadBatchSize = 100,
        string? jiraTimeZone = null,
        Func<HttpMessageHandler, HttpMessageHandler>? esmHandler = null)
    {
        Jira.AddAccount("sync@example.test", "jira-token", isAdmin: true, timeZone: jiraTimeZone);
        Jira.AddProject("OPS", "Operations");
        Jira.AddProject("DEV", "Development");
        Esm.DefineTemplate("ticket", "Ticket", t => t
            .Folder("tickets").Text("jira_id").Text("jira_key").Text("summary").Text("task_id").Text("source")
            .Worklog("worklog")
            .StaticValue("state", States));
        Esm.DefineTemplate("person", "Person", t => t
            .Folder("people").Text("account_id").Text("name").Text("task_id").StaticValue("account_state", States)
            .Reference("groups", ["group"], multiValue: true));
        Esm.DefineTemplate("group", "Group", t => t
            .Folder("groups").Text("group_id").Text("name").Text("task_id").StaticValue("group_state", States)
            .Reference("members", ["person"], multiValue: true));
        Esm.DefineTemplate("failure", "Failure", t => t.Folder("failures").Text("message"));

        JiraClient = JiraClientFactory.Create(
            new JiraClientOptions
            {
                SiteUrl = Jira.SiteUrl, Email = "sync@example.test", ApiToken = "jira-token", MaxRetryAttempts = 0,
            },
            primaryHandler: Jira.CreateHandler());
        EsmClient = EsmClientFactory.Create(
            new EsmClientOptions
            {
                BaseAddress = new Uri("https://esm.fake.test"),
                Login = "webapi",
                Password = "webapi-password",
                MaxRetryAttempts = 0,
            },
            esmHandler is null ? Esm.CreateHandler() : esmHandler(Esm.CreateHandler()));
        Options = new ScheduledTaskRunnerOptions
        {
            LoadBatchSize = loadBatchSize,
            Snapshots = new ExtractSnapshotOptions { Folder = SnapshotFolder, RetainedRunsPerTask = 3 },
        };
        Runner = new ScheduledTaskRunner(JiraClient, EsmClient, Store, Options, Time);
    }

    public static IReadOnlyList<FakeEsmStaticValue> States { get; } =
        [new("active", Active), new("inactive", Inactive), new("removed", Removed)];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public FakeJiraCloud Jira { get; } = new();

    public FakeEsm Esm { get; } = new(new FakeEsmOptions { PublicOrigin = new Uri("https://esm.fake.test") });

    public InMemoryConnectorStateStore Store { get; } = new();

    public IJiraClient JiraClient { get; }

    public IEsmClient EsmClient { get; }

    public ScheduledTaskRunnerOptions Options { get; }

    public ScheduledTaskRunner Runner { get; set; }

    public string SnapshotFolder { get; } =
        Path.Combine(Path.GetTempPath(), "m42-sync-" + Guid.NewGuid().ToString("N"));

    /// <summary>How many ESM write calls (bulk, create, modify) the fake has served.</summary>
    public long EsmWrites => Esm.Log.CountWhere(r => r.Method is "PUT" or "POST" or "PATCH" && !r.Path.EndsWith(
        "/users/login", StringComparison.Ordinal));

    public static ScheduledTaskDefinition TicketTask(string id = "task-1", string jql = "project = OPS") => new()
    {
        Id = id,
        Name = "Tickets " + id,
        MappingsType = MappingsType.Generic,
        Jql = jql,
        Generic = new ScheduledTargetDefinition
        {
            Template = "ticket",
            Folder = "tickets",
            TaskIdAttribute = "task_id",
            DataSourceTypeAttribute = "source",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings =
            [
                new AttributeMappingDefinition { Source = "key", Target = "jira_key" },
                new AttributeMappingDefinition { Source = "fields.summary", Target = "summary" },
            ],
            Removed = new StateValueSetting { Enabled = true, Attribute = "state", Value = Removed },
            Restored = new StateValueSetting { Enabled = true, Attribute = "state", Value = Active },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
        Failure = new FailureSettings { Template = "failure", Folder = "failures", Attribute = "message" },
    };

    public static ScheduledTaskDefinition DirectoryTask(string id = "dir-1") => new()
    {
        Id = id,
        Name = "Directory " + id,
        MappingsType = MappingsType.IdentityAndAccessRights,
        Memberships = new MembershipSettings
        {
            StoredOn = MembershipStorageSide.GroupListsMembers,
            Attribute = "members",
        },
        Identity = new ScheduledTargetDefinition
        {
            Template = "person",
            Folder = "people",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "account_id" },
            Mappings = [new AttributeMappingDefinition { Source = "displayName", Target = "name" }],
            Inactive = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = Inactive },
            Removed = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = Removed },
            Restored = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = Active },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
        AccessRight = new ScheduledTargetDefinition
        {
            Template = "group",
            Folder = "groups",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "group_id" },
            Mappings = [new AttributeMappingDefinition { Source = "name", Target = "name" }],
            Removed = new StateValueSetting { Enabled = true, Attribute = "group_state", Value = Removed },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
    };

    public string AddIssue(string summary, string project = "OPS") => IdOf(Jira.AddIssue(project, summary));

    public string IdOf(string issueKey) => Jira.GetIssue(issueKey)!["id"]!.GetValue<string>();

    public Task<ScheduledRunResult> RunAsync(
        ScheduledTaskDefinition task,
        ScheduledRunRequest? request = null,
        CancellationToken cancellationToken = default) =>
        Runner.RunAsync(task, request, null, cancellationToken);

    public IReadOnlyList<FakeEsmCard> Cards(string template) => Esm.GetCards(template);

    public FakeEsmCard CardOf(string template, string matchAttribute, string key) =>
        Assert.Single(Cards(template), c => c.ValueOf(matchAttribute) == key);

    public void Dispose()
    {
        (JiraClient as IDisposable)?.Dispose();
        (EsmClient as IDisposable)?.Dispose();
        if (Directory.Exists(SnapshotFolder))
        {
            Directory.Delete(SnapshotFolder, recursive: true);
        }
    }
}
