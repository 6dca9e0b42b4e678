using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Hosting.Tests.Scheduling;
using Matrix42.JiraConnector.Hosting.Tests.Sqlite;
using Matrix42.JiraConnector.Sqlite;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Runs;

public sealed class SyncRunExecutorTests
{
    private static readonly TaskKey Tickets = new("conn-1", "task-tickets");

    [Fact]
    public async Task RunNow_WithSyncRunner_CreatesCardsRecordsHistoryAndCountsEntities()
    {
        var jira = new FakeJiraCloud();
        jira.AddAccount("sync@example.test", "jira-token", isAdmin: true);
        jira.AddProject("OPS", "Operations");
        jira.AddIssue("OPS", "Printer jam");
        jira.AddIssue("OPS", "VPN down");
        var esm = new FakeEsm();
        esm.DefineTemplate("ticket", "Ticket", t => t
            .Folder("tickets").Text("jira_id").Text("jira_key").Text("summary").Text("task_id"));
        await using var jiraServer = jira.StartLoopback();
        await using var esmServer = esm.StartLoopback();
        using var database = new TempDatabase();
        var connector = TestConnectors.Create(
            "conn-1", jiraServer.BaseAddress, "sync@example.test", "jira-token",
            esmServer.BaseAddress, "webapi", "webapi-password");
        connector.ScheduledTasks.Add(TicketTask());
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJiraConnector()
            .AddConnector(connector)
            .UseSqliteState(database.FilePath)
            .UseSyncRunner(runner => runner.Snapshots.Enabled = false);
        await using var provider = services.BuildServiceProvider();
        using var entities = new MetricCollector<long>(
            provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), ConnectorTelemetry.Name,
            "jiraconnector.entities");
        var scheduler = provider.GetRequiredService<ConnectorScheduler>();
        var controller = provider.GetRequiredService<IConnectorTaskController>();
        await scheduler.StartAsync(CancellationToken.None);

        controller.RunNow(Tickets);
        await SchedulerHarness.EventuallyAsync(
            () => scheduler.GetTaskStates().Single().LastResult is not null, "the sync run");
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(SchedulerRunResult.Succeeded, scheduler.GetTaskStates().Single().LastResult);
        var run = Assert.Single(await controller.GetRunHistoryAsync(Tickets, 0, 10));
        Assert.Equal(2, run.Counts.Created);
        Assert.Equal(State.RunTrigger.Manual, run.Trigger);
        Assert.Contains(
            entities.GetMeasurementSnapshot(),
            m => (string?)m.Tags["outcome"] == "created" && m.Value == 2
                 && (string?)m.Tags["environment_type"] == "Prod");
        Assert.True(esm.Log.CountWhere(r => r.Method == "PUT") > 0);
    }

    private static ScheduledTaskDefinition TicketTask() => new()
    {
        Id = Tickets.TaskId,
        Name = "Tickets",
        Schedule = new ScheduleSettings { ManualOnly = true },
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
        },
    };
}
