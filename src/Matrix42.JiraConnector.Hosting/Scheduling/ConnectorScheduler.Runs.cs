namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Executing one run: lease, occurrence claim, lease renewal, bookkeeping, shutdown.</summary>
public sealed partial class ConnectorScheduler
{
    private async Task RunAsync(ScheduledTaskSlot slot, PendingRun pending, CancellationTokenSource cancellation)
    {
        // Leave the scheduler's lock before any work of the run happens.
        await Task.Yield();

        var result = ScheduledRunResult.Failed;
        var started = _time.GetTimestamp();
        try
        {
            result = await RunLeasedAsync(slot.Key, pending, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            result = ScheduledRunResult.Cancelled;
            Log.RunCancelled(_logger, slot.Key);
        }
#pragma warning disable CA1031 // A failing run is recorded and logged; it must not end the scheduler.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            Log.RunFailed(_logger, slot.Key, ex);
        }
        finally
        {
            lock (_gate)
            {
                slot.RunCancellation = null;
                slot.LastEndedAt = _time.GetUtcNow();
                slot.LastResult = result;
                Interlocked.Decrement(ref _runningCount);
            }

            cancellation.Dispose();
            Wake();
        }

        if (result == ScheduledRunResult.Succeeded)
        {
            Log.RunCompleted(_logger, slot.Key, pending.Trigger, _time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<ScheduledRunResult> RunLeasedAsync(
        TaskKey key, PendingRun pending, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        var lease = await _coordination.TryAcquireLeaseAsync(key, _instanceId, _options.LeaseDuration, token)
            .ConfigureAwait(false);
        if (lease is null)
        {
            Log.RunSkippedLeaseHeld(_logger, key);
            return ScheduledRunResult.Skipped;
        }

        var leaseLost = false;
        try
        {
            // The claim comes after the lease so that, of two schedulers racing for one occurrence, the one
            // that waited for the other's lease finds the occurrence served instead of running it twice.
            if (pending.Trigger != RunTrigger.Manual
                && !await _coordination.TryAdvanceScheduleCheckpointAsync(key, pending.Occurrence, token)
                    .ConfigureAwait(false))
            {
                Log.RunSkippedOccurrenceServed(_logger, key, pending.Occurrence);
                return ScheduledRunResult.Skipped;
            }

            using var renewalStop = CancellationTokenSource.CreateLinkedTokenSource(token);
            var renewal = RenewLeaseAsync(lease, cancellation, () => leaseLost = true, renewalStop.Token);
            try
            {
                Log.RunStarting(_logger, key, pending.Trigger, pending.Occurrence, lease.FencingToken);
                var request = new ScheduledRunRequest(key, pending.Trigger, pending.Occurrence, lease.FencingToken);
                await _executor.ExecuteAsync(request, token).ConfigureAwait(false);
                return ScheduledRunResult.Succeeded;
            }
            finally
            {
                await renewalStop.CancelAsync().ConfigureAwait(false);
                lease = await renewal.ConfigureAwait(false) ?? lease;
            }
        }
        catch (OperationCanceledException) when (leaseLost)
        {
            return ScheduledRunResult.LeaseLost;
        }
        finally
        {
            await ReleaseQuietlyAsync(lease).ConfigureAwait(false);
        }
    }

    /// <summary>Renews the lease every third of its lifetime until stopped; cancels the run when it is lost.</summary>
    private async Task<TaskLease?> RenewLeaseAsync(
        TaskLease lease, CancellationTokenSource run, Action onLost, CancellationToken stop)
    {
        var current = lease;
        var period = _options.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(period, _time, stop).ConfigureAwait(false);
                var renewed = await _coordination.TryRenewLeaseAsync(current, _options.LeaseDuration, stop)
                    .ConfigureAwait(false);
                if (renewed is null)
                {
                    Log.LeaseLost(_logger, lease.Key, lease.FencingToken);
                    onLost();
                    await run.CancelAsync().ConfigureAwait(false);
                    return current;
                }

                current = renewed;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return current;
        }
    }

    private async Task ReleaseQuietlyAsync(TaskLease lease)
    {
        try
        {
            await _coordination.ReleaseLeaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An unreleased lease only expires later; the run's outcome stands.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            Log.LeaseReleaseFailed(_logger, lease.Key, ex);
        }
    }

    private void Track(Task work)
    {
        lock (_gate)
        {
            _inFlight.Add(work);
        }

        _ = work.ContinueWith(
            finished =>
            {
                lock (_gate)
                {
                    _inFlight.Remove(finished);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task DrainAsync()
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _inFlight];
            foreach (var slot in _tasks.Values)
            {
                slot.Pending = null;
            }
        }

        Log.SchedulerStopping(_logger, running.Length);

        // Every run's token is linked to the stopping token, so the runs are already being cancelled.
        await Task.WhenAll(running).ConfigureAwait(false);
    }
}
