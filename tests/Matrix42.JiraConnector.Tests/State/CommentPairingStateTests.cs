using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class CommentPairingStateTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly InMemoryConnectorStateStore _store = new();

    [Fact]
    public async Task TryAddCommentPairingAsync_VisibleFromBothSides()
    {
        var pair = Pair("card-1", "entry-1", "issue-1", "c-1");

        Assert.True(await _store.TryAddCommentPairingAsync("conn", pair));

        Assert.Equal(pair, await _store.FindCommentPairingByJiraCommentAsync("conn", "c-1"));
        Assert.Equal(pair, await _store.FindCommentPairingByWorklogEntryAsync("conn", "card-1", "entry-1"));
    }

    [Fact]
    public async Task TryAddCommentPairingAsync_CommentAlreadyPaired_ReturnsFalse()
    {
        await _store.TryAddCommentPairingAsync("conn", Pair("card-1", "entry-1", "issue-1", "c-1"));

        var added = await _store.TryAddCommentPairingAsync("conn", Pair("card-1", "entry-2", "issue-1", "c-1"));

        Assert.False(added);
        Assert.Null(await _store.FindCommentPairingByWorklogEntryAsync("conn", "card-1", "entry-2"));
    }

    [Fact]
    public async Task TryAddCommentPairingAsync_EntryAlreadyPaired_ReturnsFalse()
    {
        await _store.TryAddCommentPairingAsync("conn", Pair("card-1", "entry-1", "issue-1", "c-1"));

        var added = await _store.TryAddCommentPairingAsync("conn", Pair("card-1", "entry-1", "issue-1", "c-2"));

        Assert.False(added);
        Assert.Null(await _store.FindCommentPairingByJiraCommentAsync("conn", "c-2"));
    }

    [Fact]
    public async Task TryAddCommentPairingAsync_OtherConnector_IsSeparate()
    {
        await _store.TryAddCommentPairingAsync("conn-a", Pair("card-1", "entry-1", "issue-1", "c-1"));

        var added = await _store.TryAddCommentPairingAsync("conn-b", Pair("card-1", "entry-1", "issue-1", "c-1"));

        Assert.True(added);
    }

    [Fact]
    public async Task GetCommentPairings_ByIssueAndByCard_ListOnlyTheirs()
    {
        await _store.TryAddCommentPairingAsync("conn", Pair("card-1", "e1", "issue-1", "c-1"));
        await _store.TryAddCommentPairingAsync("conn", Pair("card-1", "e2", "issue-1", "c-2", 1));
        await _store.TryAddCommentPairingAsync("conn", Pair("card-2", "e3", "issue-2", "c-3"));

        var byIssue = await _store.GetCommentPairingsForIssueAsync("conn", "issue-1");
        var byCard = await _store.GetCommentPairingsForCardAsync("conn", "card-2");

        Assert.Equal(["c-1", "c-2"], byIssue.Select(p => p.JiraCommentId));
        Assert.Equal(["c-3"], byCard.Select(p => p.JiraCommentId));
    }

    [Fact]
    public async Task TryAddCommentPairingAsync_ConcurrentSameComment_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(
            () => _store.TryAddCommentPairingAsync("conn", Pair("card-1", $"entry-{i}", "issue-1", "c-1"))));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r);
    }

    private static CommentPairing Pair(string card, string entry, string issue, string comment, int minutes = 0) =>
        new(card, entry, issue, comment, CommentOrigin.Jira, At.AddMinutes(minutes));
}
