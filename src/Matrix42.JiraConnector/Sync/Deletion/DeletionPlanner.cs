using System.Globalization;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Deletion;

/// <summary>
/// Decides which of a task's cards to mark removed or inactive and which to restore. Pure: it reads the
/// index, the extract's keys and the task's state, and writes nothing.
/// </summary>
internal static class DeletionPlanner
{
    /// <summary>Plans deletion marking for one run.</summary>
    /// <param name="input">The run's facts.</param>
    /// <returns>The plan.</returns>
    public static DeletionPlan Plan(DeletionPlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rules = input.Rules;
        var skipped = RemovalsSkippedReason(input);
        var marks = new List<DeletionMark>();
        var restores = new List<PlannedRestore>();
        var cleared = new List<EntityKey>();

        foreach (var card in input.OwnedCards)
        {
            if (!input.Seen.Contains(card.Key))
            {
                if (skipped is null && rules.RemovedValue is { } removed && card.RemovedState != removed)
                {
                    marks.Add(new DeletionMark(card.Key, card.DataCardId, DeletionMarkKind.Removed));
                }

                continue;
            }

            if (input.Inactive.Contains(card.Key))
            {
                if (rules.InactiveValue is { } inactive && card.InactiveState != inactive)
                {
                    marks.Add(new DeletionMark(card.Key, card.DataCardId, DeletionMarkKind.Inactive));
                }

                continue;
            }

            // Active and present: undo an earlier mark. Only a card still showing a mark value is set back, so a
            // state someone changed by hand after the mark is left as it is.
            if (input.PreviouslyMarked.ContainsKey(card.Key))
            {
                cleared.Add(card.Key);
            }

            if (rules.RestoreEnabled && ShowsMark(card, rules))
            {
                restores.Add(new PlannedRestore(card.Key, card.DataCardId));
            }
        }

        var activeOwned = input.OwnedCards.Count(
            c => rules.RemovedValue is null || c.RemovedState != rules.RemovedValue);
        var plan = new DeletionPlan
        {
            Restores = restores,
            ClearedKeys = cleared,
            RemovalsSkippedReason = skipped,
            ActiveOwnedCount = activeOwned,
        };
        return ApplyGuard(plan, marks, input);
    }

    private static string? RemovalsSkippedReason(DeletionPlanInput input)
    {
        if (input.Mode != RunMode.Full)
        {
            return "Incremental runs do not mark removed objects.";
        }

        return input.ExtractCompleted ? null : "The extract did not complete, so absent objects are not marked.";
    }

    private static bool ShowsMark(IndexedCard card, DeletionRules rules) =>
        (rules.RemovedValue is not null && card.RemovedState == rules.RemovedValue) ||
        (rules.InactiveValue is not null && card.InactiveState == rules.InactiveValue);

    private static DeletionPlan ApplyGuard(DeletionPlan plan, List<DeletionMark> marks, DeletionPlanInput input)
    {
        var tripped = GuardTrip(marks.Count, plan.ActiveOwnedCount, input.Rules);
        if (tripped is null || input.Rules.OverrideGuard)
        {
            return plan with { Marks = marks };
        }

        if (CoveredByApproval(marks, input.LatestHeld) is { } approvedRun)
        {
            return plan with { Marks = marks, ApprovedExecutionId = approvedRun };
        }

        return plan with { HeldMarks = marks, HeldReason = tripped };
    }

    private static string? GuardTrip(int markCount, int activeOwned, DeletionRules rules)
    {
        if (markCount == 0)
        {
            return null;
        }

        if (rules.MaxCount is { } maxCount && markCount > maxCount)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The run would mark {markCount} cards, more than the limit of {maxCount}.");
        }

        // The small epsilon keeps 20 % of 10 at exactly 2 despite binary fractions.
        var allowed = Math.Floor((rules.MaxShare * activeOwned) + 1e-9);
        if (markCount > allowed)
        {
            var share = activeOwned == 0 ? 1.0 : (double)markCount / activeOwned;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The run would mark {markCount} of {activeOwned} cards ({share:P0}), more than the allowed " +
                $"share of {rules.MaxShare:P0}.");
        }

        return null;
    }

    // An approval covers this run when every card it would mark was on the approved list: the operator saw
    // and accepted each of them. A longer list needs a new approval.
    private static string? CoveredByApproval(List<DeletionMark> marks, HeldDeletion? held)
    {
        if (held is not { Status: HeldDeletionStatus.Approved })
        {
            return null;
        }

        var approved = held.Marks.Select(m => (m.Key, m.Kind)).ToHashSet();
        return marks.TrueForAll(m => approved.Contains((m.Key, m.Kind))) ? held.ExecutionId : null;
    }
}
