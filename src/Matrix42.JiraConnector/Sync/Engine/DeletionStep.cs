using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Plans and writes the deletion marks and restores of one target.</summary>
internal static class DeletionStep
{
    /// <summary>Plans the target's marks and restores.</summary>
    /// <param name="run">The run.</param>
    /// <param name="target">The target.</param>
    /// <param name="extractCompleted">Whether every stream of the extract completed.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The plan.</returns>
    public static async Task<DeletionPlan> PlanAsync(
        RunContext run,
        TargetRun target,
        bool extractCompleted,
        CancellationToken cancellationToken)
    {
        var removed = await run.Store.GetRemovedKeysAsync(run.TaskId, cancellationToken).ConfigureAwait(false);
        var held = await run.Store.GetLatestHeldDeletionAsync(run.TaskId, cancellationToken).ConfigureAwait(false);
        var input = new DeletionPlanInput
        {
            Mode = run.Mode,
            ExtractCompleted = extractCompleted,
            OwnedCards = [.. target.Index.Values.Where(c => target.Ownership.OwnsForDeletion(c.OwnerTaskId))],
            Seen = target.Seen.Keys.ToHashSet(),
            Inactive = target.Seen.Where(s => !s.Value).Select(s => s.Key).ToHashSet(),
            PreviouslyMarked = removed.Where(r => r.Key.Kind == target.Spec.Kind).ToDictionary(),
            LatestHeld = held,
            Rules = target.Spec.DeletionRules(
                run.Request.OverrideDeletionGuard || target.Spec.Definition.DeletionGuard.Override),
        };
        return DeletionPlanner.Plan(input);
    }

    /// <summary>Writes the plan's marks and restores and records them in state.</summary>
    /// <param name="run">The run.</param>
    /// <param name="target">The target.</param>
    /// <param name="plan">The plan (not held).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when everything is written.</returns>
    public static async Task ApplyAsync(
        RunContext run,
        TargetRun target,
        DeletionPlan plan,
        CancellationToken cancellationToken)
    {
        var spec = target.Spec;
        var writes = new List<(EntityKey Key, DeletionMark? Mark, EsmBulkItem Item)>();
        foreach (var mark in plan.Marks)
        {
            var setting = mark.Kind == DeletionMarkKind.Removed ? spec.Removed : spec.Inactive;
            writes.Add((mark.Key, mark, StateWrite(mark.DataCardId, setting.Attribute!, setting.Value!)));
        }

        foreach (var restore in plan.Restores)
        {
            var write = StateWrite(restore.DataCardId, spec.Restored.Attribute!, spec.Restored.Value!);
            writes.Add((restore.Key, null, write));
        }

        var marked = new List<RemovedKeyEntry>();
        var restored = new List<EntityKey>();
        var now = run.TimeProvider.GetUtcNow();
        try
        {
            await WriteChunksAsync(run, spec, writes, marked, restored, now, cancellationToken).ConfigureAwait(false);
            restored.AddRange(plan.ClearedKeys);
        }
        finally
        {
            // A stopped run still records the writes ESM confirmed before the stop, as its counts do.
            await CommitAsync(run, marked, restored).ConfigureAwait(false);
        }
    }

    private static async Task WriteChunksAsync(
        RunContext run,
        TargetSpec spec,
        List<(EntityKey Key, DeletionMark? Mark, EsmBulkItem Item)> writes,
        List<RemovedKeyEntry> marked,
        List<EntityKey> restored,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in writes.Chunk(Math.Max(1, run.Options.LoadBatchSize)))
        {
            var outcomes = await WriteAsync(run, spec, chunk, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, mark, _) = chunk[i];
                if (outcomes[i] is { } error)
                {
                    run.Tally.AddFailed();
                    run.Recorder.AddError(key, "mark", error);
                    continue;
                }

                Count(run, mark);
                if (mark is null)
                {
                    restored.Add(key);
                    run.Written.AddRestored(key);
                }
                else
                {
                    marked.Add(new RemovedKeyEntry(key, mark.DataCardId, mark.Kind, now));
                    run.Written.AddMarked(mark);
                }
            }
        }
    }

    private static EsmBulkItem StateWrite(string dataCardId, string attribute, string value) =>
        EsmBulkItem.Modify(dataCardId, new EsmAttributeSet().Set(attribute, EsmValue.Static(value)));

    private static async Task<string?[]> WriteAsync(
        RunContext run,
        TargetSpec spec,
        (EntityKey Key, DeletionMark? Mark, EsmBulkItem Item)[] chunk,
        CancellationToken cancellationToken)
    {
        try
        {
            var outcomes = await BulkWriter.WriteAsync(
                run.Esm, spec, [.. chunk.Select(c => (c.Key.Id, c.Item))], run.TimeProvider, cancellationToken)
                .ConfigureAwait(false);
            return [.. outcomes.Select(o => o.Error)];
        }
        catch (EsmApiException error)
        {
            return [.. chunk.Select(_ => Errors.Describe(error))];
        }
    }

    private static void Count(RunContext run, DeletionMark? mark)
    {
        switch (mark?.Kind)
        {
            case null:
                run.Tally.AddRestored();
                break;
            case DeletionMarkKind.Removed:
                run.Tally.AddMarkedRemoved();
                break;
            default:
                run.Tally.AddMarkedInactive();
                break;
        }
    }

    // Marked cards leave the cache, so that if their object comes back the card is written in full again.
    private static async Task CommitAsync(RunContext run, List<RemovedKeyEntry> marked, List<EntityKey> restored)
    {
        if (marked.Count == 0 && restored.Count == 0)
        {
            return;
        }

        await run.Store.CommitRemovedKeysAsync(run.CurrentLease, marked, restored, CancellationToken.None)
            .ConfigureAwait(false);
        var removals = marked.Where(m => m.Kind == DeletionMarkKind.Removed).Select(m => m.Key).ToList();
        if (removals.Count > 0)
        {
            await run.Store.CommitCacheAsync(
                run.CurrentLease,
                new TaskCacheBatch { Removals = removals },
                CancellationToken.None).ConfigureAwait(false);
        }
    }
}
