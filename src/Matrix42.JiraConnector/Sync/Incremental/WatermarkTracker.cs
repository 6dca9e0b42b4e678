namespace Matrix42.JiraConnector.Sync.Incremental;

/// <summary>
/// Works out the watermark a run may commit: the largest Jira <c>updated</c> among issues it finished, but never
/// past the <c>updated</c> of an issue that failed or was never reached, so those are read again next run.
/// </summary>
/// <remarks>
/// Issues are not loaded in <c>updated</c> order, so a stopped run may have finished a late issue while an
/// earlier one waits. Tracking every listed issue until it is finished keeps the watermark below all of those.
/// Safe for concurrent loaders.
/// </remarks>
internal sealed class WatermarkTracker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _open = new(StringComparer.Ordinal);
    private DateTimeOffset? _maxFinished;
    private DateTimeOffset? _minFailed;

    /// <summary>Registers an issue the extract listed. A second listing (overlap duplicate) keeps the later
    /// value.</summary>
    /// <param name="issueId">The issue id.</param>
    /// <param name="updated">Its Jira <c>updated</c> value.</param>
    public void Listed(string issueId, DateTimeOffset updated)
    {
        lock (_gate)
        {
            _open[issueId] = _open.TryGetValue(issueId, out var known) && known > updated ? known : updated;
        }
    }

    /// <summary>The issue is done: loaded, unchanged or deliberately skipped.</summary>
    /// <param name="issueId">The issue id.</param>
    public void Finished(string issueId)
    {
        lock (_gate)
        {
            if (_open.Remove(issueId, out var updated) && (_maxFinished is null || updated > _maxFinished))
            {
                _maxFinished = updated;
            }
        }
    }

    /// <summary>The issue failed; the watermark stays at or below its <c>updated</c>.</summary>
    /// <param name="issueId">The issue id.</param>
    public void Failed(string issueId)
    {
        lock (_gate)
        {
            if (_open.Remove(issueId, out var updated) && (_minFailed is null || updated < _minFailed))
            {
                _minFailed = updated;
            }
        }
    }

    /// <summary>The watermark to commit, or <see langword="null"/> to keep the stored one (nothing finished).</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset? Result()
    {
        lock (_gate)
        {
            if (_maxFinished is not { } max)
            {
                return null;
            }

            var ceiling = _minFailed;
            foreach (var updated in _open.Values)
            {
                if (ceiling is null || updated < ceiling)
                {
                    ceiling = updated;
                }
            }

            return ceiling is { } limit && limit < max ? limit : max;
        }
    }
}
