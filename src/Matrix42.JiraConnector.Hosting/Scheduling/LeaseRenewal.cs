using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// Keeps a state-store lease alive while the hosting layer's work runs under it: scheduled runs and trigger passes
/// renew the same way, so a lease is given up under the same rule wherever it is held.
/// </summary>
internal static class LeaseRenewal
{
    /// <summary>
    /// Renews the lease every third of its lifetime until <paramref name="stop"/> is cancelled. A renewal that fails
    /// is tried again at the next period; when the store refuses the lease, or renewals failed until it ran out, the
    /// lease is lost: <paramref name="onLost"/> is called and <paramref name="work"/> cancelled.
    /// </summary>
    /// <param name="state">The store holding the lease.</param>
    /// <param name="lease">The lease, as acquired.</param>
    /// <param name="duration">The lease lifetime each renewal asks for.</param>
    /// <param name="time">The clock for the renewal periods and the lease's expiry.</param>
    /// <param name="work">Cancelled when the lease is lost.</param>
    /// <param name="onRenewalFailed">Told of each failed renewal that leaves the lease alive.</param>
    /// <param name="onLost">Told of the loss, before <paramref name="work"/> is cancelled.</param>
    /// <param name="stop">Ends the renewals when the work is done.</param>
    /// <returns>A task that completes when renewals stop; it does not fault.</returns>
    public static async Task KeepAsync(
        IConnectorStateStore state,
        TaskLease lease,
        TimeSpan duration,
        TimeProvider time,
        CancellationTokenSource work,
        Action<System.Exception> onRenewalFailed,
        Action<StaleLeaseException> onLost,
        CancellationToken stop)
    {
        var period = duration / 3;
        try
        {
            var expiresAt = lease.ExpiresAt;
            while (true)
            {
                await Task.Delay(period, time, stop).ConfigureAwait(false);
                try
                {
                    expiresAt = (await state.RenewLeaseAsync(lease, duration, stop).ConfigureAwait(false)).ExpiresAt;
                }
#pragma warning disable CA1031 // A passing store error must not end the renewals; the lease outlives two periods.
                catch (System.Exception ex) when (ex is not (OperationCanceledException or StaleLeaseException))
#pragma warning restore CA1031
                {
                    onRenewalFailed(ex);
                    if (time.GetUtcNow() >= expiresAt)
                    {
                        // Renewals failed until the lease ran out: another host may hold it by now.
                        throw new StaleLeaseException(lease.TaskId, lease.FencingToken, 0);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The work ended; nothing more to renew.
        }
        catch (StaleLeaseException lost)
        {
            onLost(lost);
            await work.CancelAsync().ConfigureAwait(false);
        }
    }
}
