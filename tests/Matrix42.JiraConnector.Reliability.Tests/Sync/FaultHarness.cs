using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Reliability.Tests.Infrastructure;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>
/// A fake Jira site and ESM tenant in process, clients and runner on one fake clock (so retry delays cost no
/// real time), and every log line captured.
/// </summary>
internal sealed class FaultHarness : IDisposable
{
    public const string JiraToken = "CANARY-jira-api-token-0b7e";
    public const string EsmPassword = "CANARY-esm-password-4c19";
    public const string Removed = "5 - Removed";

    /// <param name="jiraServerToken">The token the fake site accepts; any other makes every Jira call a 401.</param>
    /// <param name="esmTokenLifetime">How long the fake ESM's login tokens live.</param>
    /// <param name="faultSeed">Seeds the fault plans (Jira: the seed, ESM: the seed + 1000); without it the
    /// fakes' own plans (fixed seed) are used.</param>
    public FaultHarness(
        string jiraServerToken = JiraToken, TimeSpan? esmTokenLifetime = null, int? faultSeed = null)
    {
        Jira = new FakeJiraCloud(Time);
        var esmOptions = new FakeEsmOptions { PublicOrigin = new Uri("https://esm.fake.test") };
        if (esmTokenLifetime is { } lifetime)
        {
            esmOptions.TokenLifetime = lifetime;
        }

        Esm = new FakeEsm(esmOptions, Time);
        Jira.AddAccount("sync@example.test", jiraServerToken, isAdmin: true);
        Jira.AddProject("OPS", "Operations");
        Esm.AddUser("webapi", EsmPassword);
        Esm.DefineTemplate("ticket", "Ticket", t => t
            .Folder("tickets").Text("jira_id").Text("jira_key").Text("summary").Text("task_id")
            .StaticValue("state", [new("active", "1 - Active"), new("removed", Removed)]));
        JiraOptions = new JiraClientOptions
        {
            SiteUrl = Jira.SiteUrl, Email = "sync@example.test", ApiToken = JiraToken, MaxRetryAttempts = 6,
            SearchPageSize = 25,
        };
        EsmOptions = new EsmClientOptions
        {
            BaseAddress = new Uri("https://esm.fake.test"), Login = "webapi", Password = EsmPassword,
            MaxRetryAttempts = 6,
        };
        JiraFaults = faultSeed is { } seed ? new FaultPlan(seed) : Jira.Faults;
        EsmFaults = faultSeed is { } other ? new FaultPlan(other + 1000) : Esm.Faults;
        JiraClient = JiraClientFactory.Create(
            JiraOptions, Time, Logs, new FakeServiceHandler(Jira, JiraFaults, Jira.Log, Time));
        EsmClient = EsmClientFactory.Create(
            EsmOptions, new FakeServiceHandler(Esm, EsmFaults, Esm.Log, Time), Time, Logs);
        Runner = new ScheduledTaskRunner(
            JiraClient, EsmClient, Store, new ScheduledTaskRunnerOptions { LoadBatchSize = 10 },
            Time, Logs.CreateLogger<ScheduledTaskRunner>());
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public CapturingLoggerFactory Logs { get; } = new();

    public FakeJiraCloud Jira { get; }

    public FakeEsm Esm { get; }

    /// <summary>The faults the Jira client meets.</summary>
    public FaultPlan JiraFaults { get; }

    /// <summary>The faults the ESM client meets.</summary>
    public FaultPlan EsmFaults { get; }

    public JiraClientOptions JiraOptions { get; }

    public EsmClientOptions EsmOptions { get; }

    public JiraClient JiraClient { get; }

    public IEsmClient EsmClient { get; }

    public InMemoryConnectorStateStore Store { get; } = new();

    public ScheduledTaskRunner Runner { get; }

    public static ScheduledTaskDefinition Task() => new()
    {
        Id = "task-1",
        Name = "Tickets",
        MappingsType = MappingsType.Generic,
        Jql = "project = OPS",
        Generic = new ScheduledTargetDefinition
        {
            Template = "ticket",
            Folder = "tickets",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings =
            [
                new AttributeMappingDefinition { Source = "key", Target = "jira_key" },
                new AttributeMappingDefinition { Source = "fields.summary", Target = "summary" },
            ],
            Removed = new StateValueSetting { Enabled = true, Attribute = "state", Value = Removed },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
    };

    public void AddIssues(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            Jira.AddIssue("OPS", $"Issue {i} \"{random.Next(1000)}\" ünïcode");
        }
    }

    /// <summary>Runs the task while moving the fake clock, so back-off and Retry-After elapse at once.</summary>
    public async Task<ScheduledRunResult> RunAsync(
        Action<int>? onTick = null, CancellationToken cancellationToken = default)
    {
        var run = Runner.RunAsync(Task(), null, null, cancellationToken);
        for (var tick = 0; !run.IsCompleted; tick++)
        {
            onTick?.Invoke(tick);
            Time.Advance(TimeSpan.FromMilliseconds(500));
            await System.Threading.Tasks.Task.Delay(1, CancellationToken.None);
        }

        return await run;
    }

    /// <summary>The ticket cards as (jira id, key, summary, state), sorted, for comparing whole outcomes.</summary>
    public List<string> CardSnapshot() =>
    [
        .. Esm.GetCards("ticket")
            .Select(c => $"{c.ValueOf("jira_id")}|{c.ValueOf("jira_key")}|{c.ValueOf("summary")}|{c.ValueOf("state")}")
            .Order(StringComparer.Ordinal),
    ];

    public void Dispose()
    {
        JiraClient.Dispose();
        (EsmClient as IDisposable)?.Dispose();
    }
}
