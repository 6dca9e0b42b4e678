namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The scheduler's side jobs: cache clearing at UTC hours and event-task trigger polls.</summary>
/// <remarks>Neither counts against the worker cap: both are short and must not wait behind long runs.</remarks>
public sealed partial class ConnectorScheduler
{
    private void StartCacheClears(DateTimeOffset now)
    {
        foreach (var slot in _tasks.Values)
        {
            if (slot.NextCacheClear is not { } due || due > now)
            {
                continue;
            }

            slot.NextCacheClear = CacheClearHours.NextAfter(slot.CacheClearHours, now);
            if (_cacheCleaner is not null)
            {
                Track(ClearCacheAsync(slot.Key));
            }
        }
    }

    private async Task ClearCacheAsync(TaskKey key)
    {
        await Task.Yield();
        try
        {
            await _cacheCleaner!.ClearCacheAsync(key, _stopping).ConfigureAwait(false);
            Log.CacheCleared(_logger, key);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down; the next start clears on the next hour.
        }
#pragma warning disable CA1031 // A failed clear is logged; the schedule goes on.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            Log.CacheClearFailed(_logger, key, ex);
        }
    }

    private void StartDuePolls(DateTimeOffset now)
    {
        if (_pollExecutor is null)
        {
            return;
        }

        foreach (var poll in _polls.Values)
        {
            if (poll.IsPolling || poll.NextDue > now)
            {
                continue;
            }

            poll.IsPolling = true;
            Track(PollAsync(poll));
        }
    }

    private async Task PollAsync(TriggerPollSlot poll)
    {
        await Task.Yield();
        try
        {
            await _pollExecutor!.PollAsync(poll.Key, _stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // A failed poll is logged and retried on the next interval.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            Log.TriggerPollFailed(_logger, poll.Key, ex);
        }
        finally
        {
            lock (_gate)
            {
                // The interval counts from the end of the pass, so a slow ESM is never polled back to back.
                poll.NextDue = _time.GetUtcNow() + poll.Interval;
                poll.IsPolling = false;
            }

            Wake();
        }
    }
}
