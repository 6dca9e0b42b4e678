namespace Matrix42.JiraConnector.State;

/// <content>Run history and snapshot index.</content>
public sealed partial class InMemoryConnectorStateStore
{
    /// <inheritdoc />
    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.TaskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.ExecutionId);
        return Complete(() =>
        {
            var state = StateOf(run.TaskId);
            if (!state.Runs.ContainsKey(run.ExecutionId))
            {
                state.RunOrder.Add(run.ExecutionId);
            }

            state.Runs[run.ExecutionId] = run;

            // Retention: the oldest runs go first, so the history always shows the latest ones.
            var excess = state.RunOrder.Count - _runHistoryLimit;
            if (excess > 0)
            {
                foreach (var executionId in state.RunOrder.Take(excess))
                {
                    state.Runs.Remove(executionId);
                }

                state.RunOrder.RemoveRange(0, excess);
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RunRecord?> GetRunAsync(
        string taskId,
        string executionId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return Complete(() => StateOf(taskId).Runs.GetValueOrDefault(executionId), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(
        string taskId,
        int skip,
        int take,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        return Complete<IReadOnlyList<RunRecord>>(() =>
        {
            var state = StateOf(taskId);
            return Enumerable.Reverse(state.RunOrder).Skip(skip).Take(take).Select(id => state.Runs[id]).ToList();
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task AddSnapshotAsync(
        string taskId,
        SnapshotReference snapshot,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Complete(() => StateOf(taskId).Snapshots.Add(snapshot), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SnapshotReference>> GetSnapshotsAsync(
        string taskId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete<IReadOnlyList<SnapshotReference>>(() => StateOf(taskId).Snapshots.ToList(), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveSnapshotAsync(string taskId, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Complete(
            () => StateOf(taskId).Snapshots.RemoveAll(s => string.Equals(s.Path, path, StringComparison.Ordinal)) > 0,
            cancellationToken);
    }
}
