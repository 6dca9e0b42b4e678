using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Collects a dry run's plan from concurrent streams.</summary>
internal sealed class PlanBuilder
{
    private readonly Lock _gate = new();
    private readonly List<PlannedCardWrite> _writes = [];
    private readonly List<DeletionMark> _marks = [];
    private readonly List<PlannedRestore> _restores = [];
    private readonly List<DeletionMark> _held = [];
    private string? _heldReason;

    public void AddWrite(PlannedCardWrite write)
    {
        lock (_gate)
        {
            _writes.Add(write);
        }
    }

    public void AddDeletionPlan(DeletionPlan plan)
    {
        lock (_gate)
        {
            _marks.AddRange(plan.Marks);
            _restores.AddRange(plan.Restores);
            _held.AddRange(plan.HeldMarks);
            _heldReason ??= plan.HeldReason;
        }
    }

    public SyncPlan Build()
    {
        lock (_gate)
        {
            return new SyncPlan
            {
                Writes = [.. _writes],
                Marks = [.. _marks],
                Restores = [.. _restores],
                HeldMarks = [.. _held],
                HeldReason = _heldReason,
            };
        }
    }
}
