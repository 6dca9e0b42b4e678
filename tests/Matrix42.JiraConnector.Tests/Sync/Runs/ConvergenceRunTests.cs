using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

public sealed class ConvergenceRunTests
{
    [Fact]
    public async Task RunAsync_AdoptedLegacyCard_IsUpdatedNotDuplicated()
    {
        using var h = new SyncHarness();
        var id = h.AddIssue("Legacy issue");
        h.Esm.AddCard("ticket", "tickets", new Dictionary<string, object?>
        {
            ["jira_id"] = id,
            ["summary"] = "Old text",
            ["task_id"] = "EPE-17",
        });

        var run = await h.RunAsync(SyncHarness.TicketTask(), new ScheduledRunRequest { AdoptedTaskIds = ["EPE-17"] });

        Assert.Equal(1, run.Record.Counts.Updated);
        var card = Assert.Single(h.Cards("ticket"));
        Assert.Equal("Legacy issue", card.ValueOf("summary"));
        Assert.Equal("task-1", card.ValueOf("task_id"));
    }

    [Fact]
    public async Task RunAsync_LegacyIdAdoptedInConfiguration_IsUpdatedNotDuplicated()
    {
        using var h = new SyncHarness();
        var id = h.AddIssue("Legacy issue");
        h.Esm.AddCard("ticket", "tickets", new Dictionary<string, object?>
        {
            ["jira_id"] = id,
            ["summary"] = "Old text",
            ["task_id"] = "EPE-17",
        });
        var task = SyncHarness.TicketTask();
        task.Generic!.AdoptedTaskIds.Add("EPE-17");

        var run = await h.RunAsync(task);

        Assert.Equal(1, run.Record.Counts.Updated);
        Assert.Equal(0, run.Record.Counts.Conflicts);
        var card = Assert.Single(h.Cards("ticket"));
        Assert.Equal("Legacy issue", card.ValueOf("summary"));
        Assert.Equal("task-1", card.ValueOf("task_id"));
    }

    [Fact]
    public async Task RunAsync_ForeignCardWithoutAdoption_IsConflictAndUntouched()
    {
        using var h = new SyncHarness();
        var id = h.AddIssue("Someone else's");
        h.Esm.AddCard("ticket", "tickets", new Dictionary<string, object?>
        {
            ["jira_id"] = id,
            ["summary"] = "Old text",
            ["task_id"] = "EPE-17",
        });

        var run = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(1, run.Record.Counts.Conflicts);
        Assert.Equal("Old text", Assert.Single(h.Cards("ticket")).ValueOf("summary"));
    }

    [Fact]
    public async Task RunAsync_StoppedMidLoad_EndsStoppedAndRerunConverges()
    {
        using var h = new SyncHarness(loadBatchSize: 10);
        h.Options.MaxConcurrentLoads = 1;
        for (var i = 0; i < 60; i++)
        {
            h.AddIssue($"Issue {i}");
        }

        using var stop = new CancellationTokenSource();
        var progress = new SyncProgressProbe(p =>
        {
            if (p.Phase == SyncPhase.Loading && p.Counts.Created >= 20)
            {
                stop.Cancel();
            }
        });
        var stopped = await h.Runner.RunAsync(SyncHarness.TicketTask(), null, progress, stop.Token);

        Assert.Equal(RunPhaseStatus.Stopped, stopped.Record.Load.Status);
        Assert.InRange(h.Cards("ticket").Count, 20, 59);
        Assert.Null(await h.Store.GetLeaseAsync("task-1"));

        var rerun = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(RunPhaseStatus.Succeeded, rerun.Record.Load.Status);
        Assert.Equal(60, h.Cards("ticket").Count);
        Assert.Equal(60, h.Cards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_WhileLeaseHeld_IsSkipped()
    {
        using var h = new SyncHarness();
        await h.Store.TryAcquireLeaseAsync("task-1", "other-host", TimeSpan.FromMinutes(5));

        var run = await h.RunAsync(SyncHarness.TicketTask());

        Assert.True(run.SkippedAsRunning);
        Assert.Empty(await h.Store.GetRunsAsync("task-1", 0, 10));
    }

    [Fact]
    public async Task RunAsync_FirstIncrementalRun_ReadsEverythingThenBoundsByWatermark()
    {
        using var h = new SyncHarness();
        h.Jira.TimeZone = "Pacific/Kiritimati";
        var task = SyncHarness.TicketTask();
        task.Kind = ScheduledTaskKind.Incremental;
        var old = h.Jira.AddIssue("OPS", "Old", new System.Text.Json.Nodes.JsonObject
        {
            ["updated"] = "2020-01-01T00:00:00.000+0000",
        });
        var edited = h.AddIssue("Will change");

        var first = await h.RunAsync(task);
        h.Jira.EditIssue(edited, new System.Text.Json.Nodes.JsonObject { ["summary"] = "Changed" });
        h.Jira.Log.Clear();
        var second = await h.RunAsync(task);

        Assert.Equal(2, first.Record.Counts.Created);
        Assert.Contains(h.Jira.Log.Entries, r => r.Body.Contains("updated >= ", StringComparison.Ordinal));
        Assert.Equal(1, second.Record.Counts.Updated);
        Assert.Equal(1, second.Record.Counts.Read);
        Assert.Equal("Changed", h.CardOf("ticket", "jira_id", edited).ValueOf("summary"));
        Assert.Equal("Old", h.CardOf("ticket", "jira_id", h.IdOf(old)).ValueOf("summary"));
    }

    private sealed class SyncProgressProbe(Action<SyncProgress> onReport) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => onReport(value);
    }
}
