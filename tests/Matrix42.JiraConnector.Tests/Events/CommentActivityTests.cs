using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Testing.Faults;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.CreateIssueActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

public sealed class CommentActivityTests
{
    private static readonly CommentTransferSettings Settings = new()
    {
        WorklogAttribute = "comments",
        InternalWorklogAttribute = "internal_comments",
    };

    [Fact]
    public async Task PushCommentsAsync_RepeatedRuns_PostsEachEntryExactlyOnce()
    {
        using var h = new EventHarness();
        var (card, key) = await CreatedIncidentAsync(h);
        await AddEntryAsync(h, card, "comments", "First note");
        await AddEntryAsync(h, card, "comments", "Second note");

        var first = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);
        var second = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await AddEntryAsync(h, card, "comments", "Third note");
        var third = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);

        Assert.True(first.IsCompleted && second.IsCompleted && third.IsCompleted, third.Message);
        var comments = await CommentTextsAsync(h, key);
        Assert.Equal(["First note", "Second note", "Third note"], comments.Order());
        Assert.Equal(3, (await h.Store.GetCommentPairingsForCardAsync("conn-1", Id(card))).Count);
    }

    [Fact]
    public async Task PushCommentsAsync_CommentThatCameFromJira_IsPairedNotEchoed()
    {
        using var h = new EventHarness();
        var (card, key) = await CreatedIncidentAsync(h);
        h.Jira.AddComment(key, "Written in Jira", h.AdminId);
        await AddEntryAsync(h, card, "comments", "Written in Jira");

        var outcome = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);
        var again = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);

        Assert.True(outcome.IsCompleted && again.IsCompleted);
        Assert.Equal(["Written in Jira"], await CommentTextsAsync(h, key));
        Assert.Equal(0, h.PostsTo("/comment"));
    }

    [Fact]
    public async Task PushCommentsAsync_InternalEntry_PostsInternalComment()
    {
        using var h = new EventHarness();
        var (card, key) = await CreatedIncidentAsync(h);
        await AddEntryAsync(h, card, "internal_comments", "Only for agents");

        var outcome = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);

        Assert.True(outcome.IsCompleted, outcome.Message);
        var comment = Assert.Single(await CommentsAsync(h, key));
        Assert.False(comment.JsdPublic);
    }

    [Fact]
    public async Task PushCommentsAsync_JiraRefusesInternalComment_FailsWithoutPublicFallback()
    {
        using var h = new EventHarness();
        var (card, key) = await CreatedIncidentAsync(h);
        await AddEntryAsync(h, card, "internal_comments", "Only for agents");
        h.Jira.Faults.Add(new FaultRule
        {
            Kind = FaultKind.HtmlErrorPage, HtmlStatus = 403, PathPattern = "**/comment", Method = "POST",
        });

        var outcome = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), Settings);

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("internal comment", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.PostsTo("/comment"));
        h.Jira.Faults.Clear();
        Assert.Empty(await CommentsAsync(h, key));
        Assert.Equal(outcome.Message, h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task PushCommentsAsync_InternalVisibilityGiven_RestrictsCommentToThatGroup()
    {
        using var h = new EventHarness();
        var agents = h.Jira.AddGroup("esm-agents");
        var (card, key) = await CreatedIncidentAsync(h);
        await AddEntryAsync(h, card, "internal_comments", "Only for agents");
        var settings = Settings with
        {
            InternalVisibility = new Jira.JiraVisibility { Type = "group", Value = "esm-agents", Identifier = agents },
        };

        var outcome = await h.Activities.PushCommentsAsync(On(EventTasks.UpdateIncident, card), settings);

        Assert.True(outcome.IsCompleted, outcome.Message);
        var comment = Assert.Single(await CommentsAsync(h, key));
        Assert.Equal("group", comment.Visibility?.Type);
    }

    internal static async Task<(long Card, string Key)> CreatedIncidentAsync(EventHarness h)
    {
        var card = h.AddIncident("Printer down");
        var created = await h.Activities.CreateIssueAsync(On(EventTasks.CreateIncident, card));
        Assert.True(created.IsCompleted, created.Message);
        return (card, created.Values["issueKey"]);
    }

    internal static Task AddEntryAsync(EventHarness h, long card, string attribute, string text) =>
        h.EsmClient.AddAttributeValuesAsync("incident", Id(card), attribute, [EsmValue.Worklog(text)]);

    internal static async Task<List<Jira.JiraComment>> CommentsAsync(EventHarness h, string key)
    {
        var comments = new List<Jira.JiraComment>();
        await foreach (var comment in h.JiraClient.Comments.GetAllAsync(key))
        {
            comments.Add(comment);
        }

        return comments;
    }

    internal static async Task<List<string>> CommentTextsAsync(EventHarness h, string key) =>
        (await CommentsAsync(h, key)).Select(c => c.BodyText.Trim()).ToList();
}
