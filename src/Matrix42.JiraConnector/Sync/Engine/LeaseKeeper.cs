using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Holds a task's lease for the length of a run: renews it at a third of its lifetime and, when a renewal is
/// refused, cancels <see cref="LeaseLost"/> so the run stops writing.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly IConnectorStateStore _store;
    private readonly TimeSpan _timeToLive;
    private readonly CancellationTokenSource _lost = new();
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private TaskLease _lease;
    private bool _renewing;

    private LeaseKeeper(IConnectorStateStore store, TaskLease lease, TimeSpan timeToLive, TimeProvider timeProvider)
    {
        _store = store;
        _lease = lease;
        _timeToLive = timeToLive;
        var period = timeToLive / 3;
        _timer = timeProvider.CreateTimer(_ => Renew(), null, period, period);
    }

    /// <summary>The current lease (renewals keep the token and move the expiry).</summary>
    public TaskLease Lease
    {
        get
        {
            lock (_gate)
            {
                return _lease;
            }
        }
    }

    /// <summary>Cancelled when the lease could not be renewed.</summary>
    public CancellationToken LeaseLost => _lost.Token;

    /// <summary>Acquires the task's lease, or returns <see langword="null"/> when another runner holds it.</summary>
    /// <param name="store">The state store.</param>
    /// <param name="taskId">The task.</param>
    /// <param name="holder">Who runs it.</param>
    /// <param name="timeToLive">The lease lifetime.</param>
    /// <param name="timeProvider">The clock for renewals.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keeper.</returns>
    public static async Task<LeaseKeeper?> AcquireAsync(
        IConnectorStateStore store,
        string taskId,
        string holder,
        TimeSpan timeToLive,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var lease = await store.TryAcquireLeaseAsync(taskId, holder, timeToLive, cancellationToken)
            .ConfigureAwait(false);
        return lease is null ? null : new LeaseKeeper(store, lease, timeToLive, timeProvider);
    }

    /// <summary>Stops renewing and releases the lease.</summary>
    /// <returns>A task that completes when the lease is released.</returns>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _store.ReleaseLeaseAsync(Lease).ConfigureAwait(false);
        }
        finally
        {
            _lost.Dispose();
        }
    }

    private void Renew()
    {
        lock (_gate)
        {
            // A slow store must not pile up renewals; the next tick tries again.
            if (_renewing)
            {
                return;
            }

            _renewing = true;
        }

        _ = RenewAsync();
    }

    private async Task RenewAsync()
    {
        try
        {
            var renewed = await _store.RenewLeaseAsync(Lease, _timeToLive).ConfigureAwait(false);
            lock (_gate)
            {
                _lease = renewed;
            }
        }
        catch (StaleLeaseException)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The run ended while the renewal was in flight.
        }
        finally
        {
            lock (_gate)
            {
                _renewing = false;
            }
        }
    }
}
