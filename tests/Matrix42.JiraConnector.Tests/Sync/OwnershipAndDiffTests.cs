using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Deletion;
using Matrix42.JiraConnector.Sync.Diff;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed class OwnershipAndDiffTests
{
    private static readonly EntityKey Key = EntityKey.ForIssue("10001");
    private readonly OwnershipRules _rules = new("task-1", ["legacy-7"], adoptUnowned: true, takeOverOthers: false);

    [Theory]
    [InlineData("task-1", "Owned")]
    [InlineData(null, "Adopt")]
    [InlineData("", "Adopt")]
    [InlineData("legacy-7", "Adopt")]
    [InlineData("task-2", "Conflict")]
    public void Judge_StampedId_GivesVerdict(string? owner, string expected)
    {
        Assert.Equal(expected, _rules.Judge(owner).ToString());
    }

    [Fact]
    public void Judge_TakeOverPolicy_TakesOtherTasksCards()
    {
        var rules = new OwnershipRules("task-1", [], adoptUnowned: false, takeOverOthers: true);

        Assert.Equal(OwnershipVerdict.TakeOver, rules.Judge("task-2"));
        Assert.Equal(OwnershipVerdict.Conflict, rules.Judge(null));
    }

    [Theory]
    [InlineData("task-1", true)]
    [InlineData("legacy-7", true)]
    [InlineData(null, false)]
    [InlineData("task-2", false)]
    public void OwnsForDeletion_OnlyOwnAndAdoptedIds(string? owner, bool owns)
    {
        Assert.Equal(owns, _rules.OwnsForDeletion(owner));
    }

    [Fact]
    public void Decide_NoCard_Creates()
    {
        var write = ChangeDetector.Decide(Key, "h1", null, null, _rules);

        Assert.Equal(CardWriteAction.Create, write.Action);
        Assert.Null(write.DataCardId);
    }

    [Fact]
    public void Decide_OwnedCardSameHash_IsUnchanged()
    {
        var cached = new TaskCacheEntry(Key, "h1", "500", null);

        var write = ChangeDetector.Decide(Key, "h1", cached, Card("task-1"), _rules);

        Assert.Equal(CardWriteAction.Unchanged, write.Action);
    }

    [Fact]
    public void Decide_OwnedCardOtherHash_Updates()
    {
        var cached = new TaskCacheEntry(Key, "h0", "500", null);

        var write = ChangeDetector.Decide(Key, "h1", cached, Card("task-1"), _rules);

        Assert.Equal(new PlannedCardWrite(Key, CardWriteAction.Update, "500", null), write);
    }

    [Fact]
    public void Decide_CacheNamesOtherCard_Updates()
    {
        var cached = new TaskCacheEntry(Key, "h1", "499", null);

        var write = ChangeDetector.Decide(Key, "h1", cached, Card("task-1"), _rules);

        Assert.Equal(CardWriteAction.Update, write.Action);
    }

    [Fact]
    public void Decide_AdoptedLegacyCard_UpdatesEvenWithSameHash()
    {
        var cached = new TaskCacheEntry(Key, "h1", "500", null);

        var write = ChangeDetector.Decide(Key, "h1", cached, Card("legacy-7"), _rules);

        Assert.Equal(CardWriteAction.Update, write.Action);
        Assert.Equal("500", write.DataCardId);
    }

    [Fact]
    public void Decide_OtherTasksCard_IsConflictWithOwner()
    {
        var write = ChangeDetector.Decide(Key, "h1", null, Card("task-2"), _rules);

        Assert.Equal(new PlannedCardWrite(Key, CardWriteAction.Conflict, "500", "task-2"), write);
    }

    [Fact]
    public void ContentHash_AttributeOrder_DoesNotMatter()
    {
        var a = ContentHash.Compute([Attr("summary", "Printer"), Attr("status", "Open")]);
        var b = ContentHash.Compute([Attr("status", "Open"), Attr("summary", "Printer")]);

        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
    }

    [Fact]
    public void ContentHash_ValueBoundaries_AreDistinguished()
    {
        var a = ContentHash.Compute([Attr("x", "ab", "c")]);
        var b = ContentHash.Compute([Attr("x", "a", "bc")]);
        var c = ContentHash.Compute([Attr("x", [null])]);
        var d = ContentHash.Compute([Attr("x", "")]);

        Assert.NotEqual(a, b);
        Assert.NotEqual(c, d);
    }

    private static IndexedCard Card(string? owner) => new(Key, "500", owner, null, null);

    private static KeyValuePair<string, IReadOnlyList<string?>> Attr(string code, params string?[] values) =>
        new(code, values);
}
