using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Tests.Scheduling;
using Matrix42.JiraConnector.Hosting.Tests.Sqlite;
using Matrix42.JiraConnector.Sqlite;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.DependencyInjection;

namespace Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;

public sealed class TaskControllerTests
{
    private static readonly TaskKey Users = new("conn-1", "task-users");

    [Fact]
    public async Task Controller_OnSqliteHost_RunsListsHistoryClearsAndApproves()
    {
        using var database = new TempDatabase();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJiraConnector()
            .AddConnector(ConnectorWithTasks())
            .UseSqliteState(database.FilePath)
            .UseRunExecutor<HistoryWritingExecutor>();
        await using var provider = services.BuildServiceProvider();
        var scheduler = provider.GetRequiredService<ConnectorScheduler>();
        await scheduler.StartAsync(CancellationToken.None);
        var controller = provider.GetRequiredService<IConnectorTaskController>();
        var state = provider.GetRequiredService<IConnectorStateStore>();

        Assert.Equal(RunRequestResult.Queued, controller.RunNow(Users));
        await SchedulerHarness.EventuallyAsync(
            () => scheduler.GetTaskStates().Single(s => s.Key == Users).LastResult is not null, "the run");

        var tasks = await controller.ListTasksAsync();
        var listed = tasks.Single(t => t.Key == Users);
        Assert.Equal(SchedulerRunResult.Succeeded, listed.Schedule!.LastResult);
        Assert.Equal(RunTrigger.Manual, listed.LastRun!.Trigger);
        Assert.Contains(tasks, t => t.Kind == ConnectorTaskKind.Event && t.Key.TaskId == "task-event");
        var history = await controller.GetRunHistoryAsync(Users, 0, 10);
        Assert.Single(history);

        await state.SaveHeldDeletionAsync(new HeldDeletion
        {
            TaskId = Users.TaskId, ExecutionId = "run-9", HeldAt = DateTimeOffset.UnixEpoch, Marks = [],
            OwnedCardCount = 1, Reason = "over limit", Status = HeldDeletionStatus.Pending,
        });
        Assert.True(await controller.ApproveHeldDeletionsAsync(Users, "run-9"));
        Assert.False(await controller.ApproveHeldDeletionsAsync(Users, "run-9"));

        await controller.ClearCacheAsync(Users);
        Assert.Equal(CacheClearReason.Requested, (await state.GetCacheInfoAsync(Users.TaskId)).LastClearReason);
        Assert.Equal(0, (await state.GetCacheInfoAsync(Users.TaskId)).EntryCount);
        await scheduler.StopAsync(CancellationToken.None);
    }

    private static ConnectorDefinition ConnectorWithTasks()
    {
        var connector = TestConnectors.Create(
            "conn-1", new Uri("https://acme.atlassian.net"), "ops@example.test", "t",
            new Uri("https://esm.example.test"), "webapi", "pw");
        connector.ScheduledTasks.Add(
            TestConnectors.IssueTask(Users.TaskId, new ScheduleSettings { ManualOnly = true }));
        connector.EventTasks.Add(TestConnectors.CreateIssueTask("task-event"));
        return connector;
    }

    /// <summary>A stand-in for the sync runner: writes one cache entry under the lease and records the run.</summary>
    private sealed class HistoryWritingExecutor(IConnectorStateStore state) : IScheduledRunExecutor
    {
        public async Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default)
        {
            await state.CommitCacheAsync(request.Lease!, new TaskCacheBatch
            {
                Upserts = [new TaskCacheEntry(EntityKey.ForUser("acc-1"), "h", "card-1", null)],
            }, cancellationToken);
            await state.SaveRunAsync(new RunRecord
            {
                ExecutionId = Guid.NewGuid().ToString("N"),
                TaskId = request.Key.TaskId,
                Trigger = request.HistoryTrigger,
            }, cancellationToken);
        }
    }
}
