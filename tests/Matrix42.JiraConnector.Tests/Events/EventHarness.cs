using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.Events;

/// <summary>
/// A fake Jira site and ESM tenant with real clients, the in-memory store and the connector's event tasks.
/// </summary>
internal sealed class EventHarness : IDisposable
{
    public const string AdminEmail = "bot@example.com";
    public const string AdminToken = "bot-token";

    public EventHarness(Action<ConnectorDefinition>? configure = null)
    {
        Jira = new FakeJiraCloud(Time);
        AdminId = Jira.AddAccount(AdminEmail, AdminToken, isAdmin: true, displayName: "Bot", timeZone: "UTC");
        Jira.AddProject("OPS", "Operations");
        Esm = new FakeEsm(timeProvider: Time);
        DefineTemplates(Esm);
        Connector = EventTasks.Connector();
        configure?.Invoke(Connector);
        JiraClient = JiraClientFactory.Create(
            new JiraClientOptions { SiteUrl = Jira.SiteUrl, Email = AdminEmail, ApiToken = AdminToken },
            Time, null, Jira.CreateHandler());
        EsmClient = EsmClientFactory.Create(
            new EsmClientOptions
            {
                BaseAddress = new Uri("https://esm.fake"), Login = "webapi", Password = "webapi-password",
            },
            Esm.CreateHandler(), Time);
        Store = new InMemoryConnectorStateStore(Time);
        Activities = new WorkflowActivities(Connector, JiraClient, EsmClient, Store, Options, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public FakeJiraCloud Jira { get; }

    public FakeEsm Esm { get; }

    public string AdminId { get; }

    public ConnectorDefinition Connector { get; }

    public JiraClient JiraClient { get; }

    public EsmClient EsmClient { get; }

    public InMemoryConnectorStateStore Store { get; }

    public WorkflowActivityOptions Options { get; } =
        new() { LookupAttempts = 4, LookupDelay = TimeSpan.FromSeconds(2) };

    public WorkflowActivities Activities { get; }

    /// <summary>Jira calls other than reads, for "no write was made" assertions.</summary>
    public int JiraWrites => (int)Jira.Log.CountWhere(e => e.Method is "POST" or "PUT" or "DELETE" &&
                                                          !e.Path.EndsWith("/search/jql", StringComparison.Ordinal));

    public long AddIncident(string subject, string? description = null, string status = "New")
    {
        var values = new Dictionary<string, object?> { ["subject"] = subject, ["status"] = status };
        if (description is not null)
        {
            values["description"] = description;
        }

        return Esm.AddCard("incident", "incidents", values);
    }

    public static ActivityRequest On(string task, long card) =>
        ActivityRequest.ForCard(task, card.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Adds a card to a template whose folder is the template code plus "s".</summary>
    public long AddCard(string template, params (string Attribute, object? Value)[] values) =>
        Esm.AddCard(template, template + "s", values.ToDictionary(v => v.Attribute, v => v.Value));

    /// <summary>How many POST requests went to paths ending in the suffix.</summary>
    public long PostsTo(string pathSuffix) =>
        Jira.Log.CountWhere(e => e.Method == "POST" && e.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    public string? ValueOf(long cardId, string attribute) => Esm.FindCard(cardId)?.ValueOf(attribute);

    /// <summary>Runs work that waits on the fake clock, advancing the clock until it finishes.</summary>
    public async Task<T> WithClockAsync<T>(Func<Task<T>> work, TimeSpan step)
    {
        var running = work();
        for (var i = 0; i < 10_000 && !running.IsCompleted; i++)
        {
            await Task.Delay(1);
            Time.Advance(step);
        }

        return await running;
    }

    public void Dispose()
    {
        JiraClient.Dispose();
        EsmClient.Dispose();
    }

    private static void DefineTemplates(FakeEsm esm)
    {
        esm.DefineTemplate("incident", "Incident", t => t
            .Folder("incidents", "Incidents")
            .Text("subject")
            .Text("description")
            .StaticValue("status", [new("new", "New"), new("progress", "In progress"), new("completed", "Completed")])
            .Text("resolution")
            .StaticValue("type", [new("incident", "Incident"), new("request", "Service request")])
            .Text("support_group")
            .Text("jira_key")
            .Text("jira_id")
            .Text("task_id")
            .Text("prov_exception")
            .Worklog("comments")
            .Worklog("internal_comments"));
        esm.DefineTemplate("account", "Account", t => t
            .Folder("accounts", "Accounts")
            .Text("login")
            .Text("email")
            .Text("account_id")
            .Text("prov_exception"));
        esm.DefineTemplate("group", "Group", t => t
            .Folder("groups", "Groups")
            .Text("name")
            .Text("group_id")
            .Text("prov_exception"));
        esm.DefineTemplate("access_request", "Access request", t => t
            .Folder("access_requests", "Requests")
            .Text("title")
            .StaticValue("state", [new("open", "Open"), new("closed", "Closed")])
            .Text("category")
            .Text("jira_key")
            .Text("jira_id")
            .Text("task_id")
            .Reference("person", ["account"])
            .Reference("roles", ["group"], multiValue: true)
            .Text("prov_exception")
            .Text("group_exception"));
    }
}
