using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Executing one run: lease, occurrence claim, lease renewal, bookkeeping, shutdown.</summary>
public sealed partial class ConnectorScheduler
{
    private async Task RunAsync(ScheduledTaskSlot slot, PendingRun pending, CancellationTokenSource cancellation)
    {
        // Leave the scheduler's lock before any work of the run happens.
        await Task.Yield();

        var result = SchedulerRunResult.Failed;
        var started = _time.GetTimestamp();
        using var span = Telemetry.ConnectorTelemetry.StartRun(slot.Key, pending.Reason);
        span?.SetTag("environment_type", _telemetry?.EnvironmentTypeOf(slot.Key.ConnectorId));
        try
        {
            result = await RunLeasedAsync(slot.Key, pending, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            result = SchedulerRunResult.Cancelled;
            Log.RunCancelled(_logger, slot.Key);
        }
#pragma warning disable CA1031 // A failing run is recorded and logged; it must not end the scheduler.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
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
            span?.SetTag("result", result.ToString());
            _telemetry?.RecordRun(slot.Key, result, _time.GetElapsedTime(started));
            Wake();
        }

        if (result == SchedulerRunResult.Succeeded)
        {
            Log.RunCompleted(_logger, slot.Key, pending.Reason, _time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<SchedulerRunResult> RunLeasedAsync(
        TaskKey key, PendingRun pending, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        TaskLease? lease = await _state.TryAcquireLeaseAsync(key.TaskId, _instanceId, _options.LeaseDuration, token)
            .ConfigureAwait(false);
        if (lease is null)
        {
            Log.RunSkippedLeaseHeld(_logger, key);
            return SchedulerRunResult.Skipped;
        }

        var leaseLost = false;
        try
        {
            // The claim comes after the lease so that, of two schedulers racing for one occurrence, the one
            // that waited for the other's lease finds the occurrence served instead of running it twice.
            if (pending.Reason != RunReason.Manual
                && !await _checkpoints.TryAdvanceScheduleCheckpointAsync(key.TaskId, pending.Occurrence, token)
                    .ConfigureAwait(false))
            {
                Log.RunSkippedOccurrenceServed(_logger, key, pending.Occurrence);
                return SchedulerRunResult.Skipped;
            }

            if (_executor.ManagesOwnLease)
            {
                // The executor takes the lease itself; the one held here only serialised the claim.
                await ReleaseQuietlyAsync(lease).ConfigureAwait(false);
                lease = null;
                Log.RunStarting(_logger, key, pending.Reason, pending.Occurrence, 0);
                var unleased = new SchedulerRunRequest(key, pending.Reason, pending.Occurrence, null);
                await _executor.ExecuteAsync(unleased, token).ConfigureAwait(false);
                return SchedulerRunResult.Succeeded;
            }

            using var renewalStop = CancellationTokenSource.CreateLinkedTokenSource(token);
            var held = lease;
            var renewal = LeaseRenewal.KeepAsync(
                _state,
                held,
                _options.LeaseDuration,
                _time,
                cancellation,
                ex => Log.LeaseRenewalFailed(_logger, held.TaskId, ex),
                _ =>
                {
                    Log.LeaseLost(_logger, held.TaskId, held.FencingToken);
                    leaseLost = true;
                },
                renewalStop.Token);
            try
            {
                Log.RunStarting(_logger, key, pending.Reason, pending.Occurrence, lease.FencingToken);
                var request = new SchedulerRunRequest(key, pending.Reason, pending.Occurrence, lease);
                await _executor.ExecuteAsync(request, token).ConfigureAwait(false);
                return leaseLost ? SchedulerRunResult.LeaseLost : SchedulerRunResult.Succeeded;
            }
            finally
            {
                await renewalStop.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }
        }
        catch (System.Exception ex) when (leaseLost && ex is OperationCanceledException or StaleLeaseException)
        {
            return SchedulerRunResult.LeaseLost;
        }
        finally
        {
            if (lease is not null)
            {
                await ReleaseQuietlyAsync(lease).ConfigureAwait(false);
            }
        }
    }

    private async Task ReleaseQuietlyAsync(TaskLease lease)
    {
        try
        {
            await _state.ReleaseLeaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An unreleased lease only expires later; the run's outcome stands.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            Log.LeaseReleaseFailed(_logger, lease.TaskId, ex);
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
