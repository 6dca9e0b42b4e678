using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;
using Matrix42.JiraConnector.Sync.Engine;

namespace Matrix42.JiraConnector.Sync;

/// <content>Deletion marking and the end of a run.</content>
public sealed partial class ScheduledTaskRunner
{
    private async Task<string?> MarkDeletionsAsync(
        RunContext run,
        List<TargetRun> targets,
        CancellationToken cancellationToken)
    {
        var plans = new List<(TargetRun Target, DeletionPlan Plan)>();
        foreach (var target in targets)
        {
            var plan = await DeletionStep.PlanAsync(run, target, true, cancellationToken).ConfigureAwait(false);
            plans.Add((target, plan));
        }

        if (run.DryRun)
        {
            plans.ForEach(p => run.Plan.AddDeletionPlan(p.Plan));
            return plans.Select(p => p.Plan.HeldReason).FirstOrDefault(r => r is not null);
        }

        var held = plans.Where(p => p.Plan.IsHeld).ToList();
        if (held.Count > 0)
        {
            await HoldAsync(run, held).ConfigureAwait(false);
        }

        foreach (var (target, plan) in plans)
        {
            await DeletionStep.ApplyAsync(run, target, plan, cancellationToken).ConfigureAwait(false);
        }

        foreach (var approved in plans.Select(p => p.Plan.ApprovedExecutionId).OfType<string>().Distinct())
        {
            await _store.TryUpdateHeldDeletionStatusAsync(
                run.TaskId, approved, HeldDeletionStatus.Approved, HeldDeletionStatus.Applied, CancellationToken.None)
                .ConfigureAwait(false);
        }

        var counts = run.Tally.Snapshot();
        SyncLog.MarksApplied(
            _logger, run.TaskId, run.ExecutionId, counts.MarkedRemoved, counts.MarkedInactive, counts.Restored);
        return held.Count > 0 ? held[0].Plan.HeldReason : null;
    }

    private async Task HoldAsync(RunContext run, List<(TargetRun Target, DeletionPlan Plan)> held)
    {
        var marks = held.SelectMany(h => h.Plan.HeldMarks).ToList();
        var reason = held[0].Plan.HeldReason!;
        await _store.SaveHeldDeletionAsync(
            new HeldDeletion
            {
                TaskId = run.TaskId,
                ExecutionId = run.ExecutionId,
                HeldAt = _timeProvider.GetUtcNow(),
                Marks = marks,
                OwnedCardCount = held.Sum(h => h.Plan.ActiveOwnedCount),
                Reason = reason,
            },
            CancellationToken.None).ConfigureAwait(false);
        SyncLog.DeletionHeld(_logger, run.TaskId, run.ExecutionId, marks.Count, reason);
    }

    private async Task<ScheduledRunResult> FinishAsync(RunContext run, RunOutcome outcome)
    {
        var recorder = run.Recorder;
        if (outcome.Failure is { } failure)
        {
            var phase = outcome.ExtractCompleted ? "load" : "extract";
            recorder.AddError(null, phase, Errors.Describe(failure));
            if (outcome.ExtractCompleted)
            {
                SyncLog.LoadFailed(_logger, run.TaskId, run.ExecutionId, failure);
            }
            else
            {
                SyncLog.ExtractFailed(_logger, run.TaskId, run.ExecutionId, failure);
            }
        }

        if (outcome.LeaseLost)
        {
            SyncLog.LeaseLost(_logger, run.TaskId, run.ExecutionId);
        }

        SetStatuses(run, outcome);
        await CommitWatermarkAsync(run, outcome).ConfigureAwait(false);
        if (outcome.Failure is not null && !run.DryRun)
        {
            await CreateFailureCardAsync(run, outcome.Failure).ConfigureAwait(false);
        }

        recorder.Report(SyncPhase.Completed);
        var record = await SaveAsync(run).ConfigureAwait(false);
        SyncLog.RunEnded(
            _logger, run.TaskId, run.ExecutionId, record.Extract.Status.ToString(), record.Load.Status.ToString(),
            record.Counts.Read, record.Counts.Created, record.Counts.Updated, record.Counts.Unchanged,
            record.Counts.Failed);
        return new ScheduledRunResult
        {
            Record = record,
            Plan = run.DryRun ? run.Plan.Build() : null,
            Written = run.DryRun ? null : run.Written.Build(),
        };
    }

    private static void SetStatuses(RunContext run, RunOutcome outcome)
    {
        var recorder = run.Recorder;
        var failed = run.Tally.Snapshot().Failed;
        if (!outcome.ExtractCompleted)
        {
            var status = outcome.Stopped && !outcome.LeaseLost ? RunPhaseStatus.Stopped : RunPhaseStatus.Failed;
            var info = outcome.LeaseLost ? "The task's lease was lost." : outcome.Stopped ? "Stopped." : "Failed.";
            recorder.EndExtract(status, info);
            recorder.EndLoad(status, "Deletion marking skipped: the extract did not complete.");
            if (outcome.Stopped)
            {
                SyncLog.RunStopped(run.Logger, run.TaskId, run.ExecutionId);
            }

            return;
        }

        if (outcome.Stopped || outcome.Failure is not null)
        {
            var status = outcome.Stopped && !outcome.LeaseLost ? RunPhaseStatus.Stopped : RunPhaseStatus.Failed;
            recorder.EndLoad(status, outcome.LeaseLost ? "The task's lease was lost." : null);
            return;
        }

        if (failed > 0)
        {
            recorder.EndLoad(
                RunPhaseStatus.Failed,
                string.Create(CultureInfo.InvariantCulture, $"{failed} entities failed; the others were loaded."));
            return;
        }

        recorder.EndLoad(
            outcome.HeldReason is null ? RunPhaseStatus.Succeeded : RunPhaseStatus.HeldForApproval,
            outcome.HeldReason);
    }

    // Only a complete extract listed every issue; otherwise an unlisted issue could sit below the new watermark.
    private async Task CommitWatermarkAsync(RunContext run, RunOutcome outcome)
    {
        if (run.DryRun || run.Mode != RunMode.Incremental || !outcome.ExtractCompleted || outcome.LeaseLost ||
            run.Watermark.Result() is not { } watermark)
        {
            return;
        }

        await _store.CommitWatermarkAsync(run.CurrentLease, watermark, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task CreateFailureCardAsync(RunContext run, Exception failure)
    {
        var settings = run.Task.Failure;
        if (string.IsNullOrWhiteSpace(settings.Template) || string.IsNullOrWhiteSpace(settings.Folder) ||
            string.IsNullOrWhiteSpace(settings.Attribute))
        {
            return;
        }

        var text = $"Scheduled task '{run.Task.Name ?? run.TaskId}' (id {run.TaskId}), run {run.ExecutionId}, " +
                   $"failed: {Errors.Describe(failure)}";
        try
        {
            await _esm.CreateAsync(
                settings.Template, settings.Folder, new EsmAttributeSet().Set(settings.Attribute, EsmValue.Text(text)),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (EsmApiException error)
        {
            SyncLog.FailureCardFailed(_logger, run.TaskId, run.ExecutionId, error);
        }
    }

    private static async Task<RunRecord> SaveAsync(RunContext run) =>
        run.DryRun
            ? run.Recorder.Current
            : await run.Recorder.SaveAsync(CancellationToken.None).ConfigureAwait(false);
}
