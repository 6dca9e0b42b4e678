using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

public sealed class GenericRunTests
{
    [Fact]
    public async Task RunAsync_FirstFullRun_CreatesOneCardPerIssueStampedWithTaskId()
    {
        using var h = new SyncHarness();
        var id = h.AddIssue("Printer jam");
        h.AddIssue("VPN down");

        var result = await h.RunAsync(SyncHarness.TicketTask());

        Assert.True(result.Record.Extract.Status == RunPhaseStatus.Succeeded, Describe(result));
        Assert.Equal(RunPhaseStatus.Succeeded, result.Record.Load.Status);
        Assert.Equal(2, result.Record.Counts.Read);
        Assert.Equal(2, result.Record.Counts.Created);
        var card = h.CardOf("ticket", "jira_id", id);
        Assert.Equal("Printer jam", card.ValueOf("summary"));
        Assert.Equal("task-1", card.ValueOf("task_id"));
        Assert.Equal("jira", card.ValueOf("source"));
    }

    [Fact]
    public async Task RunAsync_UnchangedRerun_MakesNoEsmWritesAndFetchesNoFields()
    {
        using var h = new SyncHarness();
        for (var i = 0; i < 5; i++)
        {
            h.AddIssue($"Issue {i}");
        }

        await h.RunAsync(SyncHarness.TicketTask());
        var writesBefore = h.EsmWrites;
        var bulkFetchesBefore =
            h.Jira.Log.CountWhere(r => r.Path.EndsWith("/issue/bulkfetch", StringComparison.Ordinal));

        var second = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(writesBefore, h.EsmWrites);
        Assert.Equal(bulkFetchesBefore,
            h.Jira.Log.CountWhere(r => r.Path.EndsWith("/issue/bulkfetch", StringComparison.Ordinal)));
        Assert.Equal(5, second.Record.Counts.Unchanged);
        Assert.Equal(0, second.Record.Counts.Created + second.Record.Counts.Updated);
    }

    [Fact]
    public async Task RunAsync_OneIssueChanged_WritesExactlyThatCard()
    {
        using var h = new SyncHarness();
        var ids = Enumerable.Range(0, 4).Select(i => h.AddIssue($"Issue {i}")).ToList();
        await h.RunAsync(SyncHarness.TicketTask());
        var writesBefore = h.EsmWrites;

        h.Jira.EditIssue(ids[2], new System.Text.Json.Nodes.JsonObject { ["summary"] = "Issue 2, edited" });
        var second = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(1, second.Record.Counts.Updated);
        Assert.Equal(3, second.Record.Counts.Unchanged);
        Assert.Equal(writesBefore + 1, h.EsmWrites);
        Assert.Equal("Issue 2, edited", h.CardOf("ticket", "jira_id", ids[2]).ValueOf("summary"));
    }

    [Fact]
    public async Task RunAsync_AfterCacheClear_WritesAllAgainAndKeepsWatermark()
    {
        using var h = new SyncHarness();
        var task = SyncHarness.TicketTask();
        task.Kind = Matrix42.JiraConnector.Configuration.ScheduledTaskKind.Incremental;
        h.AddIssue("One");
        h.AddIssue("Two");
        await h.RunAsync(task);
        var watermark = await h.Store.GetWatermarkAsync("task-1");

        await h.Runner.ClearCacheAsync("task-1");
        var second = await h.RunAsync(task);

        Assert.NotNull(watermark);
        Assert.Equal(2, second.Record.Counts.Updated);
        Assert.Equal(watermark.UpdatedUpTo, (await h.Store.GetWatermarkAsync("task-1"))!.UpdatedUpTo);
        Assert.Equal(2, h.Cards("ticket").Count);
    }

    [Fact]
    public async Task RunAsync_IssueMovedToNewKey_UpdatesSameCard()
    {
        using var h = new SyncHarness();
        var key = h.Jira.AddIssue("OPS", "Wrong project");
        var id = h.IdOf(key);
        var task = SyncHarness.TicketTask(jql: "project in (OPS, DEV)");
        await h.RunAsync(task);

        var newKey = h.Jira.MoveIssue(key, "DEV");
        var second = await h.RunAsync(task);

        Assert.NotEqual(key, newKey);
        Assert.Equal(1, second.Record.Counts.Updated);
        Assert.Equal(0, second.Record.Counts.Created);
        var card = Assert.Single(h.Cards("ticket"));
        Assert.Equal(id, card.ValueOf("jira_id"));
        Assert.Equal(newKey, card.ValueOf("jira_key"));
    }

    [Fact]
    public async Task RunAsync_DryRun_ReturnsPlanAndWritesNothing()
    {
        using var h = new SyncHarness();
        h.AddIssue("One");
        h.AddIssue("Two");

        var result = await h.RunAsync(SyncHarness.TicketTask(), new ScheduledRunRequest { DryRun = true });

        Assert.Empty(h.Cards("ticket"));
        Assert.Equal(0, h.EsmWrites);
        Assert.Equal(2, result.Plan!.Writes.Count(w => w.Action == CardWriteAction.Create));
        Assert.Empty(await h.Store.GetRunsAsync("task-1", 0, 10));
        Assert.Equal(0, (await h.Store.GetCacheInfoAsync("task-1")).EntryCount);
        Assert.Null(await h.Store.GetLeaseAsync("task-1"));
    }

    [Fact]
    public async Task RunAsync_ThousandChangedIssues_StaysWithinTenWriteCalls()
    {
        using var h = new SyncHarness();
        for (var i = 0; i < 1000; i++)
        {
            h.AddIssue($"Bulk {i}");
        }

        var result = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(1000, result.Record.Counts.Created);
        Assert.InRange(h.EsmWrites, 1, 10);
    }

    [Fact]
    public async Task RunAsync_Completed_RecordsRunWithSnapshotAndReleasesLease()
    {
        using var h = new SyncHarness();
        h.AddIssue("One");

        var result = await h.RunAsync(SyncHarness.TicketTask());

        var stored = await h.Store.GetRunAsync("task-1", result.Record.ExecutionId);
        Assert.Equal(result.Record, stored);
        var snapshot = Assert.Single(stored!.Snapshots);
        Assert.Equal(SnapshotKind.Generic, snapshot.Kind);
        Assert.Single(File.ReadAllLines(snapshot.Path));
        Assert.Null(await h.Store.GetLeaseAsync("task-1"));
    }

    private static string Describe(ScheduledRunResult result) =>
        string.Join(" | ", result.Record.Errors.Select(e => $"{e.Key} {e.Phase}: {e.Message}"));
}
