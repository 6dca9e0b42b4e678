using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Diff;
using Matrix42.JiraConnector.Sync.Engine;
using Matrix42.JiraConnector.Sync.Incremental;
using Matrix42.JiraConnector.Sync.Snapshots;

namespace Matrix42.JiraConnector.Sync;

/// <content>The steps of one run.</content>
public sealed partial class ScheduledTaskRunner
{
    private async Task<ScheduledRunResult> ExecuteAsync(
        RunContext run,
        List<TargetSpec> specs,
        CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, run.Lease?.LeaseLost ?? CancellationToken.None);
        var token = linked.Token;
        var recorder = run.Recorder;
        SyncLog.RunStarted(_logger, run.TaskId, run.ExecutionId, run.Mode.ToString(), run.DryRun);
        recorder.Report(SyncPhase.Starting);
        await SaveAsync(run).ConfigureAwait(false);

        var targets = new List<TargetRun>();
        var outcome = new RunOutcome();
        try
        {
            await PrepareCacheAsync(run, token).ConfigureAwait(false);
            recorder.StartExtract();
            recorder.StartLoad();
            recorder.Report(SyncPhase.Indexing);
            var references = new RunReferenceResolver();
            foreach (var spec in specs)
            {
                var target = await CreateTargetAsync(run, spec, references, token).ConfigureAwait(false);
                targets.Add(target);
                references.Add(target);
            }

            OpenSnapshots(run, specs);
            await ExtractAsync(run, targets, token).ConfigureAwait(false);
            outcome.ExtractCompleted = true;
            recorder.EndExtract(RunPhaseStatus.Succeeded, $"Read {run.Tally.Snapshot().Read} objects.");

            foreach (var target in targets)
            {
                await (target.Loader?.FlushAsync(token) ?? Task.CompletedTask).ConfigureAwait(false);
            }

            if (!run.DryRun && targets[0].Spec.CommentAttribute is not null)
            {
                await CommentTransfer.RunAsync(run, targets[0], token).ConfigureAwait(false);
            }

            recorder.Report(SyncPhase.MarkingDeletions);
            outcome.HeldReason = await MarkDeletionsAsync(run, targets, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            outcome.Stopped = true;
            outcome.LeaseLost = run.Lease?.LeaseLost.IsCancellationRequested == true;
        }
        catch (StaleLeaseException error)
        {
            outcome.Failure = error;
            outcome.LeaseLost = true;
        }
        catch (Exception error)
        {
            outcome.Failure = error;
        }

        await DrainAsync(targets).ConfigureAwait(false);
        await CloseSnapshotsAsync(run).ConfigureAwait(false);
        foreach (var target in targets)
        {
            target.Dispose();
        }

        return await FinishAsync(run, outcome).ConfigureAwait(false);
    }

    private async Task PrepareCacheAsync(RunContext run, CancellationToken cancellationToken)
    {
        var fingerprint = MappingFingerprint.Compute(run.Task);
        var info = await _store.GetCacheInfoAsync(run.TaskId, cancellationToken).ConfigureAwait(false);
        CacheClearReason? reason =
            !string.Equals(info.MappingFingerprint, fingerprint, StringComparison.Ordinal)
                ? CacheClearReason.MappingChanged
                : CacheExpiry.IsDue(info.LastClearedAt, _timeProvider.GetUtcNow(), [.. run.Task.CacheExpiryHoursUtc])
                    ? CacheClearReason.Scheduled
                    : null;
        if (reason is not { } due)
        {
            return;
        }

        // A dry run changes no state; it plans as if the cache had been cleared.
        if (run.DryRun)
        {
            run.IgnoreCache = true;
            return;
        }

        await _store.ClearCacheAsync(run.TaskId, due, fingerprint, cancellationToken).ConfigureAwait(false);
        SyncLog.CacheCleared(_logger, run.TaskId, due.ToString());
    }

    private async Task<TargetRun> CreateTargetAsync(
        RunContext run,
        TargetSpec spec,
        RunReferenceResolver references,
        CancellationToken cancellationToken)
    {
        var template = await _esm.GetTemplateAsync(spec.Template, cancellationToken).ConfigureAwait(false);
        var mapper = EntityMapper.Create(spec, run.TaskId, template, references);
        var policy = spec.Definition.Ownership;
        var ownership = new OwnershipRules(
            run.TaskId,
            [.. run.Request.AdoptedTaskIds.Union(spec.Definition.AdoptedTaskIds, StringComparer.Ordinal)],
            adoptUnowned: policy != OwnershipPolicy.OwnOnly,
            takeOverOthers: policy == OwnershipPolicy.TakeOver);
        var index = await CardIndexer.BuildAsync(_esm, spec, ownership, cancellationToken).ConfigureAwait(false);
        SyncLog.Indexed(_logger, run.TaskId, run.ExecutionId, index.Count, spec.Template);
        return new TargetRun(run, spec, mapper, ownership, index);
    }

    private async Task ExtractAsync(RunContext run, List<TargetRun> targets, CancellationToken cancellationToken)
    {
        var task = run.Task;
        run.Recorder.Report(SyncPhase.Extracting);
        if (task.MappingsType == MappingsType.Generic)
        {
            var jql = await IncrementalJqlAsync(run, cancellationToken).ConfigureAwait(false);
            await IssueExtractor.RunAsync(run, targets[0], jql, cancellationToken).ConfigureAwait(false);
            return;
        }

        var directory = new DirectoryExtractor(run);
        var users = targets.Find(t => t.Spec.Kind == EntityKind.User);
        var groups = targets.Find(t => t.Spec.Kind == EntityKind.Group);
        if (users is null || groups is null)
        {
            await (users is not null
                ? directory.ReadUsersAsync(users, cancellationToken)
                : directory.ReadGroupsAsync(groups!, cancellationToken)).ConfigureAwait(false);
            return;
        }

        await ExtractDirectoryAsync(run, directory, users, groups, cancellationToken).ConfigureAwait(false);
    }

    // Where memberships live decides the order: the side that lists references needs the other side's cards.
    private static async Task ExtractDirectoryAsync(
        RunContext run,
        DirectoryExtractor directory,
        TargetRun users,
        TargetRun groups,
        CancellationToken cancellationToken)
    {
        var settings = run.Task.Memberships;
        switch (settings.StoredOn)
        {
            case MembershipStorageSide.GroupListsMembers when settings.Attribute is { } attribute:
                groups.Memberships = (attribute, key => directory.Members.GetValueOrDefault(key.Id, [])
                    .Select(accountId => users.CardIdOf(EntityKey.ForUser(accountId))).OfType<string>().ToList());
                await directory.ReadUsersAsync(users, cancellationToken).ConfigureAwait(false);
                await (users.Loader?.FlushAsync(cancellationToken) ?? Task.CompletedTask).ConfigureAwait(false);
                await directory.ReadGroupsAsync(groups, cancellationToken).ConfigureAwait(false);
                break;

            case MembershipStorageSide.PersonListsGroups when settings.Attribute is { } attribute:
                await directory.ReadGroupsAsync(groups, cancellationToken).ConfigureAwait(false);
                await (groups.Loader?.FlushAsync(cancellationToken) ?? Task.CompletedTask).ConfigureAwait(false);
                var byMember = directory.GroupsByMember();
                users.Memberships = (attribute, key => byMember.GetValueOrDefault(key.Id, [])
                    .Select(groupId => groups.CardIdOf(EntityKey.ForGroup(groupId))).OfType<string>().ToList());
                await directory.ReadUsersAsync(users, cancellationToken).ConfigureAwait(false);
                break;

            default:
                await Task.WhenAll(
                    directory.ReadUsersAsync(users, cancellationToken),
                    directory.ReadGroupsAsync(groups, cancellationToken)).ConfigureAwait(false);
                break;
        }
    }

    private async Task<string> IncrementalJqlAsync(RunContext run, CancellationToken cancellationToken)
    {
        var jql = run.Task.Jql ?? throw new ArgumentException("The generic task has no JQL.", nameof(run));
        if (run.Mode != RunMode.Incremental)
        {
            return jql;
        }

        var watermark = await _store.GetWatermarkAsync(run.TaskId, cancellationToken).ConfigureAwait(false);
        return IncrementalQuery.LowerBound(watermark?.UpdatedUpTo, run.Task.IncrementalOverlap) is { } from
            ? IncrementalQuery.Bound(jql, from)
            : jql;
    }

    private void OpenSnapshots(RunContext run, List<TargetSpec> specs)
    {
        if (run.DryRun)
        {
            return;
        }

        var writer = new ExtractSnapshotWriter(_options.Snapshots, _store, _timeProvider);
        foreach (var kind in specs.Select(s => s.Kind switch
                 {
                     EntityKind.User => SnapshotKind.Users,
                     EntityKind.Group => SnapshotKind.Groups,
                     _ => SnapshotKind.Generic,
                 }))
        {
            if (writer.Open(run.TaskId, run.ExecutionId, kind) is { } file)
            {
                run.SnapshotFiles[kind] = file;
            }
        }
    }

    private async Task CloseSnapshotsAsync(RunContext run)
    {
        if (run.SnapshotFiles.Count == 0)
        {
            return;
        }

        var writer = new ExtractSnapshotWriter(_options.Snapshots, _store, _timeProvider);
        foreach (var file in run.SnapshotFiles.Values)
        {
            run.Recorder.AddSnapshot(await writer.CompleteAsync(run.TaskId, file, CancellationToken.None)
                .ConfigureAwait(false));
        }

        await writer.ApplyRetentionAsync(run.TaskId, CancellationToken.None).ConfigureAwait(false);
    }

    // A run that ends early still waits for the bulk writes already sent, so their cache entries are committed.
    private static async Task DrainAsync(List<TargetRun> targets)
    {
        foreach (var target in targets.Where(t => t.Loader is not null))
        {
            try
            {
                await target.Loader!.WaitForSentAsync().ConfigureAwait(false);
            }
            catch (Exception error) when (error is OperationCanceledException or StaleLeaseException)
            {
                // Already reflected in the run's outcome.
            }
        }
    }
}
