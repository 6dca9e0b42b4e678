using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

public sealed class CommentRunTests
{
    [Fact]
    public async Task RunAsync_JiraComments_AppendedToWorklogExactlyOnce()
    {
        using var h = new SyncHarness();
        var task = CommentTask();
        var key = h.Jira.AddIssue("OPS", "With comments");
        var id = h.IdOf(key);
        h.Jira.AddComment(key, "First public reply");
        h.Jira.AddComment(key, "Internal note", jsdPublic: false);
        h.Jira.AddComment(key, "Admins only", visibilityGroup: "jira-administrators");

        await h.RunAsync(task);
        h.Jira.AddComment(key, "Second public reply");
        await h.RunAsync(task);
        await h.RunAsync(task);

        var worklog = h.CardOf("ticket", "jira_id", id).ValuesOf("worklog").Select(v => v.Value).ToList();
        Assert.Equal(2, worklog.Count);
        Assert.Contains("First public reply", worklog);
        Assert.Contains("Second public reply", worklog);
        Assert.Equal(2, (await h.Store.GetCommentPairingsForIssueAsync("default", id)).Count);
    }

    [Fact]
    public async Task RunAsync_CommentThatCameFromEsm_IsNotEchoed()
    {
        using var h = new SyncHarness();
        var key = h.Jira.AddIssue("OPS", "Two-way");
        var id = h.IdOf(key);
        var commentId = h.Jira.AddComment(key, "Written in ESM");
        await h.Store.TryAddCommentPairingAsync("default",
            new CommentPairing("card-x", "esm-entry-1", id, commentId, CommentOrigin.Esm, DateTimeOffset.UnixEpoch));

        await h.RunAsync(CommentTask());

        Assert.Empty(h.CardOf("ticket", "jira_id", id).ValuesOf("worklog"));
    }

    private static ScheduledTaskDefinition CommentTask()
    {
        var task = SyncHarness.TicketTask();
        task.Generic!.Mappings.Add(new AttributeMappingDefinition { Source = "comments", Target = "worklog" });
        return task;
    }
}
