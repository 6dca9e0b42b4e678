using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

public sealed class FailureRunTests
{
    [Fact]
    public async Task RunAsync_OneCardRejectedByEsm_OthersLoadAndRunRecordsIt()
    {
        using var h = new SyncHarness();
        h.Esm.DefineTemplate("asset", "Asset", t => t
            .Folder("assets").Text("jira_id").Text("task_id")
            .StaticValue("category", [new("hw", "hardware"), new("sw", "software")]));
        var task = SyncHarness.TicketTask();
        task.Generic = new ScheduledTargetDefinition
        {
            Template = "asset",
            Folder = "assets",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings = [new AttributeMappingDefinition { Source = "fields.summary", Target = "category" }],
        };
        h.AddIssue("hardware");
        var bad = h.AddIssue("furniture");
        h.AddIssue("software");

        var run = await h.RunAsync(task);

        Assert.Equal(2, run.Record.Counts.Created);
        Assert.Equal(1, run.Record.Counts.Failed);
        Assert.Equal(RunPhaseStatus.Failed, run.Record.Load.Status);
        Assert.Contains(run.Record.Errors, e => e.Key == EntityKey.ForIssue(bad));
        Assert.Equal(2, h.Cards("asset").Count(c => c.ValueOf("category") is not null));
    }

    [Fact]
    public async Task RunAsync_BulkResponseLost_ReconcilesCreatesWithoutDuplicates()
    {
        using var h = new SyncHarness();
        for (var i = 0; i < 5; i++)
        {
            h.AddIssue($"Issue {i}");
        }

        h.Esm.Faults.Add(FaultKind.ResponseLost, "**/dc/ticket/data", "PUT", maxCount: 1);
        var run = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(1, h.Esm.Faults.InjectedCount);
        Assert.Equal(5, h.Cards("ticket").Count);
        Assert.Equal(5, h.Cards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
        Assert.Equal(0, run.Record.Counts.Failed);
    }
}
