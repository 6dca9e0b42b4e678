namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// Schedule checkpoints kept in memory: enough for one process, lost on restart, so a restarted host does
/// not know which occurrences it missed and makes no catch-up run.
/// </summary>
public sealed class InMemoryScheduleCheckpointStore : IScheduleCheckpointStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _checkpoints = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<DateTimeOffset?> GetScheduleCheckpointAsync(
        string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        lock (_gate)
        {
            return Task.FromResult<DateTimeOffset?>(
                _checkpoints.TryGetValue(taskId, out var checkpoint) ? checkpoint : null);
        }
    }

    /// <inheritdoc />
    public Task<bool> TryAdvanceScheduleCheckpointAsync(
        string taskId, DateTimeOffset occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        lock (_gate)
        {
            if (_checkpoints.TryGetValue(taskId, out var checkpoint) && checkpoint >= occurrence)
            {
                return Task.FromResult(false);
            }

            _checkpoints[taskId] = occurrence;
            return Task.FromResult(true);
        }
    }
}
