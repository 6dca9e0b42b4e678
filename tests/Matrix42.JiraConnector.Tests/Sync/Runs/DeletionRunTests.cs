using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

public sealed class DeletionRunTests
{
    [Fact]
    public async Task RunAsync_IssueDeletedInJira_CardMarkedRemoved()
    {
        using var h = new SyncHarness();
        var keep = h.AddIssue("Keep");
        var gone = h.Jira.AddIssue("OPS", "Gone");
        var goneId = h.IdOf(gone);
        await h.RunAsync(SyncHarness.TicketTask());

        h.Jira.DeleteIssue(gone);
        var second = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(1, second.Record.Counts.MarkedRemoved);
        Assert.Equal(SyncHarness.Removed, h.CardOf("ticket", "jira_id", goneId).ValueOf("state"));
        Assert.Null(h.CardOf("ticket", "jira_id", keep).ValueOf("state"));
        Assert.Contains(EntityKey.ForIssue(goneId), (await h.Store.GetRemovedKeysAsync("task-1")).Keys);
    }

    [Fact]
    public async Task RunAsync_RemovedIssueBackInScope_CardRestored()
    {
        using var h = new SyncHarness();
        h.AddIssue("Stays");
        var key = h.Jira.AddIssue("OPS", "Wanders");
        var id = h.IdOf(key);
        await h.RunAsync(SyncHarness.TicketTask());
        var moved = h.Jira.MoveIssue(key, "DEV");
        await h.RunAsync(SyncHarness.TicketTask());
        Assert.Equal(SyncHarness.Removed, h.CardOf("ticket", "jira_id", id).ValueOf("state"));

        h.Jira.MoveIssue(moved, "OPS");
        var third = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(1, third.Record.Counts.Restored);
        Assert.Equal(SyncHarness.Active, h.CardOf("ticket", "jira_id", id).ValueOf("state"));
        Assert.Empty(await h.Store.GetRemovedKeysAsync("task-1"));
    }

    [Fact]
    public async Task RunAsync_FailedExtract_MarksNothingAndCreatesFailureCard()
    {
        using var h = new SyncHarness();
        h.AddIssue("One");
        h.AddIssue("Two");
        await h.RunAsync(SyncHarness.TicketTask());

        h.Jira.Faults.Add(FaultKind.ServiceUnavailable, "**/search/jql");
        var failed = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(RunPhaseStatus.Failed, failed.Record.Extract.Status);
        Assert.Equal(0, failed.Record.Counts.MarkedRemoved);
        Assert.All(h.Cards("ticket"), c => Assert.Null(c.ValueOf("state")));
        var failure = Assert.Single(h.Cards("failure"));
        Assert.Contains(failed.Record.ExecutionId, failure.ValueOf("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_IncrementalRun_NeverMarks()
    {
        using var h = new SyncHarness();
        var task = SyncHarness.TicketTask();
        task.Kind = Matrix42.JiraConnector.Configuration.ScheduledTaskKind.Incremental;
        h.AddIssue("One");
        var gone = h.Jira.AddIssue("OPS", "Two");
        await h.RunAsync(task);

        h.Jira.DeleteIssue(gone);
        var second = await h.RunAsync(task);

        Assert.Equal(0, second.Record.Counts.MarkedRemoved);
        Assert.All(h.Cards("ticket"), c => Assert.Null(c.ValueOf("state")));
    }

    [Fact]
    public async Task RunAsync_GuardTrips_HoldsListUntilApproved()
    {
        using var h = new SyncHarness();
        var task = SyncHarness.TicketTask();
        task.Generic!.DeletionGuard.MaxShare = 0.2;
        var keys = Enumerable.Range(0, 5).Select(i => h.Jira.AddIssue("OPS", $"Issue {i}")).ToList();
        await h.RunAsync(task);
        h.Jira.DeleteIssue(keys[0]);
        h.Jira.DeleteIssue(keys[1]);

        var held = await h.RunAsync(task);

        Assert.Equal(RunPhaseStatus.HeldForApproval, held.Record.Load.Status);
        Assert.All(h.Cards("ticket"), c => Assert.Null(c.ValueOf("state")));
        var list = await h.Store.GetHeldDeletionAsync("task-1", held.Record.ExecutionId);
        Assert.Equal(2, list!.Marks.Count);

        Assert.True(await h.Runner.ApproveHeldDeletionAsync("task-1", held.Record.ExecutionId));
        var approved = await h.RunAsync(task);

        Assert.Equal(RunPhaseStatus.Succeeded, approved.Record.Load.Status);
        Assert.Equal(2, approved.Record.Counts.MarkedRemoved);
        Assert.Equal(2, h.Cards("ticket").Count(c => c.ValueOf("state") == SyncHarness.Removed));
        Assert.Equal(HeldDeletionStatus.Applied,
            (await h.Store.GetHeldDeletionAsync("task-1", held.Record.ExecutionId))!.Status);
    }

    [Fact]
    public async Task RunAsync_GuardOverride_MarksAtOnce()
    {
        using var h = new SyncHarness();
        var task = SyncHarness.TicketTask();
        task.Generic!.DeletionGuard.MaxShare = 0.2;
        var keys = Enumerable.Range(0, 3).Select(i => h.Jira.AddIssue("OPS", $"Issue {i}")).ToList();
        await h.RunAsync(task);
        h.Jira.DeleteIssue(keys[0]);
        h.Jira.DeleteIssue(keys[1]);

        var run = await h.RunAsync(task, new ScheduledRunRequest { OverrideDeletionGuard = true });

        Assert.Equal(2, run.Record.Counts.MarkedRemoved);
    }

    [Fact]
    public async Task RunAsync_GuardOverrideInConfiguration_MarksAtOnce()
    {
        using var h = new SyncHarness();
        var task = SyncHarness.TicketTask();
        task.Generic!.DeletionGuard.MaxShare = 0.2;
        var keys = Enumerable.Range(0, 3).Select(i => h.Jira.AddIssue("OPS", $"Issue {i}")).ToList();
        await h.RunAsync(task);
        h.Jira.DeleteIssue(keys[0]);
        h.Jira.DeleteIssue(keys[1]);
        task.Generic.DeletionGuard.Override = true;

        var run = await h.RunAsync(task);

        Assert.Equal(2, run.Record.Counts.MarkedRemoved);
        Assert.Equal(2, h.Cards("ticket").Count(c => c.ValueOf("state") == SyncHarness.Removed));
    }

    [Fact]
    public async Task RunAsync_TwoTasksShareTemplate_NeverMarkOrOverwriteEachOther()
    {
        using var h = new SyncHarness();
        var ops = SyncHarness.TicketTask("task-ops", "project = OPS");
        var dev = SyncHarness.TicketTask("task-dev", "project = DEV");
        var opsKey = h.Jira.AddIssue("OPS", "Ops issue");
        h.Jira.AddIssue("DEV", "Dev issue");
        await h.RunAsync(ops);
        await h.RunAsync(dev);

        // The dev task now also selects the ops issue; it must leave the ops task's card alone.
        var both = SyncHarness.TicketTask("task-dev", "project in (OPS, DEV)");
        h.Jira.EditIssue(opsKey, new System.Text.Json.Nodes.JsonObject { ["summary"] = "Changed" });
        var devRun = await h.RunAsync(both);
        h.Jira.DeleteIssue(opsKey);
        var devRun2 = await h.RunAsync(dev);

        Assert.Equal(1, devRun.Record.Counts.Conflicts);
        Assert.Equal(0, devRun2.Record.Counts.MarkedRemoved);
        var opsCard = Assert.Single(h.Cards("ticket"), c => c.ValueOf("task_id") == "task-ops");
        Assert.Equal("Ops issue", opsCard.ValueOf("summary"));
        Assert.Null(opsCard.ValueOf("state"));
        Assert.Equal(2, h.Cards("ticket").Count);
    }
}
