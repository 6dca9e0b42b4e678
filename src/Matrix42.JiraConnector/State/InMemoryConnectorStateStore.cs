namespace Matrix42.JiraConnector.State;

/// <summary>
/// A thread-safe <see cref="IConnectorStateStore"/> that keeps everything in process memory. Suited to tests
/// and to hosts that accept losing state on restart; hosts that need durability use a persistent store.
/// </summary>
public sealed partial class InMemoryConnectorStateStore : IConnectorStateStore
{
    /// <summary>How many runs per task the history keeps unless configured otherwise.</summary>
    public const int DefaultRunHistoryLimit = 500;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, InMemoryTaskState> _tasks = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly int _runHistoryLimit;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for lease expiry and timestamps; the system clock when omitted.</param>
    /// <param name="runHistoryLimit">Runs kept per task; at least 1. Defaults to <see
    /// cref="DefaultRunHistoryLimit"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runHistoryLimit"/> is below 1.</exception>
    public InMemoryConnectorStateStore(TimeProvider? timeProvider = null, int runHistoryLimit = DefaultRunHistoryLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runHistoryLimit, 1);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _runHistoryLimit = runHistoryLimit;
    }

    /// <inheritdoc />
    public Task<TaskLease?> TryAcquireLeaseAsync(
        string taskId,
        string holder,
        TimeSpan timeToLive,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return Complete(() =>
        {
            var state = StateOf(taskId);
            var now = _timeProvider.GetUtcNow();
            if (state.Lease is { } held && held.ExpiresAt > now)
            {
                return null;
            }

            // The token grows on every acquisition, so a holder whose lease lapsed can never match again.
            state.LastFencingToken++;
            state.Lease = new TaskLease(taskId, holder, state.LastFencingToken, now, now + timeToLive);
            return state.Lease;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TaskLease> RenewLeaseAsync(
        TaskLease lease,
        TimeSpan timeToLive,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return Complete(() =>
        {
            var state = RequireCurrent(lease);
            state.Lease = state.Lease! with { ExpiresAt = _timeProvider.GetUtcNow() + timeToLive };
            return state.Lease;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return Complete(() =>
        {
            var state = StateOf(lease.TaskId);
            if (state.Lease is null || state.Lease.FencingToken != lease.FencingToken)
            {
                return false;
            }

            state.Lease = null;
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TaskLease?> GetLeaseAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return Complete(() =>
        {
            var lease = StateOf(taskId).Lease;
            return lease is not null && lease.ExpiresAt > _timeProvider.GetUtcNow() ? lease : null;
        }, cancellationToken);
    }

    // Runs the body under the store's lock and hands its result or exception back as a completed task, so
    // callers see failures when they await, as they would with a store that does real I/O.
    private Task<T> Complete<T>(Func<T> body, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            lock (_gate)
            {
                return Task.FromResult(body());
            }
        }
        catch (StaleLeaseException ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    private Task<bool> Complete(Action body, CancellationToken cancellationToken) =>
        Complete(() =>
        {
            body();
            return true;
        }, cancellationToken);

    private InMemoryTaskState StateOf(string taskId)
    {
        if (!_tasks.TryGetValue(taskId, out var state))
        {
            state = new InMemoryTaskState();
            _tasks.Add(taskId, state);
        }

        return state;
    }

    // A lease is current while it is the task's newest, unreleased and unexpired lease.
    private InMemoryTaskState RequireCurrent(TaskLease lease)
    {
        var state = StateOf(lease.TaskId);
        var current = state.Lease;
        if (current is null || current.FencingToken != lease.FencingToken ||
            current.ExpiresAt <= _timeProvider.GetUtcNow())
        {
            throw new StaleLeaseException(lease.TaskId, lease.FencingToken, state.LastFencingToken);
        }

        return state;
    }
}
