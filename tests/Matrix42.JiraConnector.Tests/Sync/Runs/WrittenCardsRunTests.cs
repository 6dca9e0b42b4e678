using System.Text.Json.Nodes;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Recording;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

/// <summary>The result of a real run names the cards it wrote; a dry run names none.</summary>
public sealed class WrittenCardsRunTests
{
    [Fact]
    public async Task RunAsync_RealRuns_ListExactlyTheCardsWritten()
    {
        using var h = new SyncHarness();
        var first = h.AddIssue("One");
        var edited = h.Jira.AddIssue("OPS", "Two");
        var gone = h.Jira.AddIssue("OPS", "Three");
        var task = SyncHarness.TicketTask();

        var created = await h.RunAsync(task);

        Assert.Equal(
            new[] { first, h.IdOf(edited), h.IdOf(gone) }.Order(),
            created.Written!.Created.Select(k => k.Id).Order());
        Assert.Empty(created.Written.Updated);
        Assert.False(created.Written.Truncated);

        var goneId = h.IdOf(gone);
        h.Jira.EditIssue(edited, new JsonObject { ["summary"] = "Two, edited" });
        h.Jira.DeleteIssue(gone);
        var changed = await h.RunAsync(task);

        Assert.Empty(changed.Written!.Created);
        Assert.Equal([EntityKey.ForIssue(h.IdOf(edited))], changed.Written.Updated);
        var mark = Assert.Single(changed.Written.Marked);
        Assert.Equal(EntityKey.ForIssue(goneId), mark.Key);
        Assert.Equal(DeletionMarkKind.Removed, mark.Kind);
        Assert.Empty(changed.Written.Restored);
    }

    [Fact]
    public async Task RunAsync_DryRun_HasAPlanAndNoWrittenCards()
    {
        using var h = new SyncHarness();
        h.AddIssue("One");

        var planned = await h.RunAsync(SyncHarness.TicketTask(), new ScheduledRunRequest { DryRun = true });

        Assert.Null(planned.Written);
        Assert.Single(planned.Plan!.Writes);
    }

    [Fact]
    public void Build_MoreKeysThanTheCap_KeepsTheFirstAndSaysSo()
    {
        var builder = new WrittenCardsBuilder();
        for (var i = 0; i <= WrittenCards.MaxKeysPerList; i++)
        {
            builder.AddCreated(EntityKey.ForIssue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        builder.AddUpdated(EntityKey.ForIssue("7"));
        var written = builder.Build();

        Assert.Equal(WrittenCards.MaxKeysPerList, written.Created.Count);
        Assert.Equal("0", written.Created[0].Id);
        Assert.Single(written.Updated);
        Assert.True(written.Truncated);
    }
}
