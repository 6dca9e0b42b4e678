namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// Task leases and schedule checkpoints kept in memory: enough for one process, lost on restart, so a
/// restarted host does not know which occurrences it missed.
/// </summary>
public sealed class InMemoryTaskCoordinationStore : ITaskCoordinationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TaskKey, TaskLease> _leases = [];
    private readonly Dictionary<TaskKey, long> _lastTokens = [];
    private readonly Dictionary<TaskKey, DateTimeOffset> _checkpoints = [];
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty store reading lease expiry from <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public InMemoryTaskCoordinationStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<TaskLease?> TryAcquireLeaseAsync(
        TaskKey key, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_leases.TryGetValue(key, out var current) && current.ExpiresAt > now)
            {
                return ValueTask.FromResult<TaskLease?>(null);
            }

            var token = _lastTokens.GetValueOrDefault(key) + 1;
            _lastTokens[key] = token;
            var lease = new TaskLease(key, holder, token, now + duration);
            _leases[key] = lease;
            return ValueTask.FromResult<TaskLease?>(lease);
        }
    }

    /// <inheritdoc />
    public ValueTask<TaskLease?> TryRenewLeaseAsync(
        TaskLease lease, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!IsHeld(lease, now))
            {
                return ValueTask.FromResult<TaskLease?>(null);
            }

            var renewed = lease with { ExpiresAt = now + duration };
            _leases[lease.Key] = renewed;
            return ValueTask.FromResult<TaskLease?>(renewed);
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_gate)
        {
            if (_leases.TryGetValue(lease.Key, out var current) && current.FencingToken == lease.FencingToken)
            {
                _leases.Remove(lease.Key);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Tells whether <paramref name="lease"/> is still the live lease of its task.</summary>
    /// <param name="lease">The lease to check.</param>
    /// <returns><see langword="true"/> when no newer grant replaced it and it has not expired.</returns>
    public bool IsCurrent(TaskLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_gate)
        {
            return IsHeld(lease, _timeProvider.GetUtcNow());
        }
    }

    /// <inheritdoc />
    public ValueTask<DateTimeOffset?> GetScheduleCheckpointAsync(
        TaskKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<DateTimeOffset?>(
                _checkpoints.TryGetValue(key, out var checkpoint) ? checkpoint : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAdvanceScheduleCheckpointAsync(
        TaskKey key, DateTimeOffset occurrence, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_checkpoints.TryGetValue(key, out var checkpoint) && checkpoint >= occurrence)
            {
                return ValueTask.FromResult(false);
            }

            _checkpoints[key] = occurrence;
            return ValueTask.FromResult(true);
        }
    }

    private bool IsHeld(TaskLease lease, DateTimeOffset now) =>
        _leases.TryGetValue(lease.Key, out var current)
        && current.FencingToken == lease.FencingToken
        && current.ExpiresAt > now;
}
