using System.Text.Json;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Diff;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Reads a generic task's issues in two steps: first ids and <c>updated</c> only, then the mapped fields through
/// bulk fetch (100 per call) for issues that are new or changed since the cache. An unchanged re-run therefore
/// transfers no field data.
/// </summary>
internal static class IssueExtractor
{
    private const int FetchSize = 100;

    public static async Task RunAsync(RunContext run, TargetRun target, string jql, CancellationToken cancellationToken)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var page = new List<JiraIssueStamp>(FetchSize);
        await foreach (var stamp in run.Jira.Search.SearchStampsAsync(jql, cancellationToken).ConfigureAwait(false))
        {
            // The incremental overlap and Jira's paging may list an issue twice; it is handled once.
            if (!listed.Add(stamp.Id))
            {
                continue;
            }

            run.Tally.AddRead();
            if (stamp.Updated is { } updated)
            {
                run.Watermark.Listed(stamp.Id, updated);
            }

            page.Add(stamp);
            if (page.Count == FetchSize)
            {
                await ProcessAsync(run, target, page, cancellationToken).ConfigureAwait(false);
                page = new List<JiraIssueStamp>(FetchSize);
            }
        }

        if (page.Count > 0)
        {
            await ProcessAsync(run, target, page, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ProcessAsync(
        RunContext run,
        TargetRun target,
        List<JiraIssueStamp> stamps,
        CancellationToken cancellationToken)
    {
        var cache = run.IgnoreCache
            ? new Dictionary<EntityKey, TaskCacheEntry>()
            : await run.Store.GetCacheEntriesAsync(
                run.TaskId, [.. stamps.Select(s => EntityKey.ForIssue(s.Id))], cancellationToken).ConfigureAwait(false);

        var toFetch = new List<string>();
        foreach (var stamp in stamps)
        {
            var key = EntityKey.ForIssue(stamp.Id);
            target.Seen[key] = true;
            if (IsUnchanged(target, key, stamp, cache.GetValueOrDefault(key)))
            {
                run.Tally.AddUnchanged();
                run.Watermark.Finished(stamp.Id);
                await SnapshotAsync(run, new SnapshotLine(stamp.Id, stamp.Updated, true, null), cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                toFetch.Add(stamp.Id);
            }
        }

        if (toFetch.Count > 0)
        {
            await FetchAndProcessAsync(run, target, toFetch, cancellationToken).ConfigureAwait(false);
        }
    }

    // Same updated value, same card, still owned: the issue has not changed since this task loaded it.
    private static bool IsUnchanged(TargetRun target, EntityKey key, JiraIssueStamp stamp, TaskCacheEntry? cached) =>
        cached?.JiraUpdated is { } cachedUpdated && stamp.Updated == cachedUpdated &&
        target.Index.TryGetValue(key, out var card) &&
        string.Equals(card.DataCardId, cached.DataCardId, StringComparison.Ordinal) &&
        target.Ownership.Judge(card.OwnerTaskId) == OwnershipVerdict.Owned;

    private static async Task FetchAndProcessAsync(
        RunContext run,
        TargetRun target,
        List<string> ids,
        CancellationToken cancellationToken)
    {
        var fields = target.Mapper.JiraFields.Append("updated").Distinct(StringComparer.Ordinal).ToList();
        var result = await run.Jira.Issues.BulkFetchAsync(ids, fields, cancellationToken).ConfigureAwait(false);

        var items = new List<SourceItem>(result.Issues.Count);
        foreach (var issue in result.Issues)
        {
            if (issue.Id is null)
            {
                continue;
            }

            var json = JsonSerializer.SerializeToElement(issue, SyncJsonContext.Default.JiraIssue);
            items.Add(new SourceItem(EntityKey.ForIssue(issue.Id), json, issue.Updated, true));
            run.FetchedIssueIds.Enqueue(issue.Id);
            await SnapshotAsync(run, new SnapshotLine(issue.Id, issue.Updated, true, json), cancellationToken)
                .ConfigureAwait(false);
        }

        // Issues listed a moment ago but not returned now were deleted or hidden in between: read again next run.
        var returned = items.Select(i => i.Key.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in ids.Where(id => !returned.Contains(id)))
        {
            run.Tally.AddFailed();
            run.Watermark.Failed(missing);
            run.Recorder.AddError(
                EntityKey.ForIssue(missing), "extract", "Jira did not return the issue in bulk fetch.");
        }

        await target.ProcessAsync(items, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task SnapshotAsync(RunContext run, SnapshotLine line, CancellationToken cancellationToken)
    {
        if (run.SnapshotFiles.TryGetValue(SnapshotKind.Generic, out var file))
        {
            await file.AppendAsync(line, SyncJsonContext.Default.SnapshotLine, cancellationToken).ConfigureAwait(false);
        }
    }
}
