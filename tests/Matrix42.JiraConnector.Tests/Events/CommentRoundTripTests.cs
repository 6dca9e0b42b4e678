using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;
using static Matrix42.JiraConnector.Tests.Events.CommentActivityTests;
using static Matrix42.JiraConnector.Tests.Events.CreateIssueActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;

namespace Matrix42.JiraConnector.Tests.Events;

/// <summary>
/// Comments travel both ways — ESM worklog → Jira through the activity, Jira → ESM worklog through the
/// scheduled generic task — and repeated runs in either direction neither duplicate nor echo a comment.
/// </summary>
public sealed class CommentRoundTripTests
{
    private static readonly CommentTransferSettings Push = new() { WorklogAttribute = "comments" };

    [Fact]
    public async Task CommentsBothWays_RepeatedRuns_EachCommentOnceOnEachSide()
    {
        using var h = new EventHarness();
        var (card, key) = await CreatedIncidentAsync(h);
        var pull = ReturnTasks.Generic("ret-comments", "project = OPS", "incident");
        pull.Generic!.Mappings.Add(new AttributeMappingDefinition { Source = "comments", Target = "comments" });
        var runner = new ScheduledTaskRunner(h.JiraClient, h.EsmClient, h.Store,
            new ScheduledTaskRunnerOptions
            {
                ConnectorId = EventTasks.Connector().Id!,
                Snapshots = new ExtractSnapshotOptions { Enabled = false },
            },
            h.Time);

        await AddEntryAsync(h, card, "comments", "Written in ESM");
        h.Jira.AddComment(key, "Written in Jira", h.AdminId);
        for (var round = 0; round < 3; round++)
        {
            var pushed = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Push);
            Assert.True(pushed.IsCompleted, pushed.Message);
            h.Jira.ReconcileSearch();
            var pulled = await runner.RunAsync(pull);
            Assert.Empty(pulled.Record.Errors);
            h.Time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(["Written in ESM", "Written in Jira"], (await CommentTextsAsync(h, key)).Order());
        var worklog = (await h.EsmClient.GetCardAsync("incident", Id(card)))!
            .ValuesOf("comments").Select(v => v.ToString()!.Trim()).ToList();
        Assert.Equal(2, worklog.Count);
        Assert.Single(worklog, w => w.Contains("Written in ESM", StringComparison.Ordinal));
        Assert.Single(worklog, w => w.Contains("Written in Jira", StringComparison.Ordinal));
    }
}
