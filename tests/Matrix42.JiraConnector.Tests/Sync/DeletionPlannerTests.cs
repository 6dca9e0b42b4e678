using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Deletion;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed class DeletionPlannerTests
{
    private const string Removed = "5 - Removed";
    private const string Inactive = "4 - Inactive";
    private static readonly DeletionRules Rules = new()
    {
        RemovedValue = Removed,
        InactiveValue = Inactive,
        RestoreEnabled = true,
        MaxShare = 0.2,
    };

    [Fact]
    public void Plan_FullCompletedRun_MarksUnseenOwnedCardsRemoved()
    {
        var cards = Cards(10);
        var seen = Keys(1, 9);

        var plan = DeletionPlanner.Plan(Input(cards, seen));

        var mark = Assert.Single(plan.Marks);
        Assert.Equal(EntityKey.ForUser("u10"), mark.Key);
        Assert.Equal("c10", mark.DataCardId);
        Assert.Equal(DeletionMarkKind.Removed, mark.Kind);
        Assert.False(plan.IsHeld);
    }

    [Fact]
    public void Plan_IncrementalRun_MarksNothingRemoved()
    {
        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 9)) with { Mode = RunMode.Incremental });

        Assert.Empty(plan.Marks);
        Assert.NotNull(plan.RemovalsSkippedReason);
    }

    [Fact]
    public void Plan_ExtractIncomplete_MarksNothingRemoved()
    {
        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 2)) with { ExtractCompleted = false });

        Assert.Empty(plan.Marks);
        Assert.False(plan.IsHeld);
        Assert.Contains("did not complete", plan.RemovalsSkippedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CardAlreadyRemoved_IsNotMarkedAgainAndNotInGuardBase()
    {
        var cards = Cards(10).Select(c => c.Key.Id == "u10" ? c with { RemovedState = Removed } : c).ToList();

        var plan = DeletionPlanner.Plan(Input(cards, Keys(1, 9)));

        Assert.Empty(plan.Marks);
        Assert.Equal(9, plan.ActiveOwnedCount);
    }

    [Fact]
    public void Plan_EmptyStateCard_IsMarked()
    {
        var cards = Cards(10).Select(c => c.Key.Id == "u10" ? c with { RemovedState = null } : c).ToList();

        var plan = DeletionPlanner.Plan(Input(cards, Keys(1, 9)));

        Assert.Single(plan.Marks);
    }

    [Fact]
    public void Plan_InactiveUser_GetsInactiveValueInsteadOfRemoved()
    {
        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 10)) with
        {
            Inactive = new HashSet<EntityKey> { EntityKey.ForUser("u3") },
        });

        var mark = Assert.Single(plan.Marks);
        Assert.Equal(EntityKey.ForUser("u3"), mark.Key);
        Assert.Equal(DeletionMarkKind.Inactive, mark.Kind);
    }

    [Fact]
    public void Plan_InactiveUserAlreadyInactive_IsNotMarkedAgain()
    {
        var cards = Cards(10).Select(c => c.Key.Id == "u3" ? c with { InactiveState = Inactive } : c).ToList();

        var plan = DeletionPlanner.Plan(Input(cards, Keys(1, 10)) with
        {
            Inactive = new HashSet<EntityKey> { EntityKey.ForUser("u3") },
        });

        Assert.Empty(plan.Marks);
        Assert.Empty(plan.Restores);
    }

    [Fact]
    public void Plan_RemovedObjectReappears_IsRestoredAndClearedFromSet()
    {
        var cards = Cards(10).Select(c => c.Key.Id == "u4" ? c with { RemovedState = Removed } : c).ToList();
        var previously = new Dictionary<EntityKey, RemovedKeyEntry>
        {
            [EntityKey.ForUser("u4")] = new(EntityKey.ForUser("u4"), "c4", DeletionMarkKind.Removed, default),
        };

        var plan = DeletionPlanner.Plan(Input(cards, Keys(1, 10)) with { PreviouslyMarked = previously });

        Assert.Equal([new PlannedRestore(EntityKey.ForUser("u4"), "c4")], plan.Restores);
        Assert.Equal([EntityKey.ForUser("u4")], plan.ClearedKeys);
    }

    [Fact]
    public void Plan_RestoreDisabled_LeavesRemovedCardAlone()
    {
        var cards = Cards(10).Select(c => c.Key.Id == "u4" ? c with { RemovedState = Removed } : c).ToList();

        var rules = Rules with { RestoreEnabled = false };

        var plan = DeletionPlanner.Plan(Input(cards, Keys(1, 10)) with { Rules = rules });

        Assert.Empty(plan.Restores);
    }

    [Fact]
    public void Plan_MarkedCardChangedByHand_IsNotRestoredButForgotten()
    {
        var previously = new Dictionary<EntityKey, RemovedKeyEntry>
        {
            [EntityKey.ForUser("u4")] = new(EntityKey.ForUser("u4"), "c4", DeletionMarkKind.Removed, default),
        };

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 10)) with { PreviouslyMarked = previously });

        Assert.Empty(plan.Restores);
        Assert.Equal([EntityKey.ForUser("u4")], plan.ClearedKeys);
    }

    [Fact]
    public void Plan_AboveShare_HoldsAllMarks()
    {
        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 7)));

        Assert.True(plan.IsHeld);
        Assert.Empty(plan.Marks);
        Assert.Equal(3, plan.HeldMarks.Count);
        Assert.Contains("3 of 10", plan.HeldReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ExactlyAtShare_Marks()
    {
        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 8)));

        Assert.False(plan.IsHeld);
        Assert.Equal(2, plan.Marks.Count);
    }

    [Fact]
    public void Plan_AboveCount_Holds()
    {
        var rules = Rules with { MaxShare = 1.0, MaxCount = 1 };

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 8)) with { Rules = rules });

        Assert.True(plan.IsHeld);
        Assert.Contains("limit of 1", plan.HeldReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Override_MarksDespiteGuard()
    {
        var rules = Rules with { OverrideGuard = true };

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 2)) with { Rules = rules });

        Assert.False(plan.IsHeld);
        Assert.Equal(8, plan.Marks.Count);
    }

    [Fact]
    public void Plan_ApprovedListCoversMarks_MarksAndNamesApproval()
    {
        var held = Held(HeldDeletionStatus.Approved, "u8", "u9", "u10");

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 7)) with { LatestHeld = held });

        Assert.False(plan.IsHeld);
        Assert.Equal(3, plan.Marks.Count);
        Assert.Equal("held-run", plan.ApprovedExecutionId);
    }

    [Fact]
    public void Plan_ApprovedListMissesAMark_HoldsAgain()
    {
        var held = Held(HeldDeletionStatus.Approved, "u9", "u10");

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 7)) with { LatestHeld = held });

        Assert.True(plan.IsHeld);
        Assert.Null(plan.ApprovedExecutionId);
    }

    [Fact]
    public void Plan_PendingList_DoesNotLetMarksThrough()
    {
        var held = Held(HeldDeletionStatus.Pending, "u8", "u9", "u10");

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 7)) with { LatestHeld = held });

        Assert.True(plan.IsHeld);
    }

    [Fact]
    public void Plan_RemovedValueNotConfigured_MarksNothingRemoved()
    {
        var rules = Rules with { RemovedValue = null };

        var plan = DeletionPlanner.Plan(Input(Cards(10), Keys(1, 9)) with { Rules = rules });

        Assert.Empty(plan.Marks);
    }

    private static DeletionPlanInput Input(IReadOnlyCollection<IndexedCard> cards, IReadOnlySet<EntityKey> seen) =>
        new()
        {
            Mode = RunMode.Full,
            ExtractCompleted = true,
            OwnedCards = cards,
            Seen = seen,
            Rules = Rules,
        };

    private static List<IndexedCard> Cards(int count) => Enumerable.Range(1, count)
        .Select(i => new IndexedCard(EntityKey.ForUser($"u{i}"), $"c{i}", "task-1", "1 - Active", "1 - Active"))
        .ToList();

    private static HashSet<EntityKey> Keys(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => EntityKey.ForUser($"u{i}")).ToHashSet();

    private static HeldDeletion Held(HeldDeletionStatus status, params string[] ids) => new()
    {
        TaskId = "task-1",
        ExecutionId = "held-run",
        HeldAt = default,
        OwnedCardCount = 10,
        Reason = "share",
        Status = status,
        Marks = ids.Select(id => new DeletionMark(EntityKey.ForUser(id), "c" + id[1..], DeletionMarkKind.Removed))
            .ToList(),
    };
}
