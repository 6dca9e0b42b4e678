namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Deciding which runs are due: start-up, catch-up and the cron occurrences.</summary>
public sealed partial class ConnectorScheduler
{
    private void Initialize(DateTimeOffset now)
    {
        foreach (var entry in _source.GetScheduledTasks())
        {
            var slot = CreateSlot(entry);
            slot.NextDue = slot.Schedule?.NextAfter(now);
            slot.CacheClearHours = entry.CacheClearHoursUtc ?? [.. _options.CacheClearHoursUtc];
            slot.NextCacheClear = CacheClearHours.NextAfter(slot.CacheClearHours, now);
            lock (_gate)
            {
                _tasks[entry.Key] = slot;
            }
        }

        var polls = _source.GetTriggerPolls();
        if (polls.Count > 0 && _pollExecutor is null)
        {
            // Without a poller the polls cannot run; keeping them would make the loop wake for them forever.
            Log.TriggerPollsWithoutPoller(_logger, polls.Count);
            polls = [];
        }

        foreach (var entry in polls)
        {
            // The first poll happens at start, so triggers raised while no host ran are picked up at once.
            var poll = new TriggerPollSlot(entry.Key, entry.Interval ?? _options.TriggerPollInterval) { NextDue = now };
            lock (_gate)
            {
                _polls[entry.Key] = poll;
            }
        }

        Log.SchedulerStarted(_logger, _tasks.Count, _polls.Count, _options.MaxConcurrentRuns, _instanceId);
    }

    private ScheduledTaskSlot CreateSlot(TaskScheduleEntry entry)
    {
        if (entry.ManualOnly || !entry.Enabled || string.IsNullOrWhiteSpace(entry.Cron))
        {
            return new ScheduledTaskSlot(entry, null, null);
        }

        try
        {
            return new ScheduledTaskSlot(entry, CronSchedule.Parse(entry.Cron, entry.TimeZone), null);
        }
        catch (InvalidScheduleException ex)
        {
            // One unreadable schedule must not stop the other tasks; the task stays runnable by hand.
            Log.InvalidSchedule(_logger, entry.Key, ex.Message);
            return new ScheduledTaskSlot(entry, null, ex.Message);
        }
    }

    private async Task PlanCatchUpsAsync(CancellationToken cancellationToken)
    {
        List<ScheduledTaskSlot> scheduled;
        lock (_gate)
        {
            scheduled = [.. _tasks.Values.Where(s => s.Schedule is not null)];
        }

        foreach (var slot in scheduled)
        {
            var now = _time.GetUtcNow();
            var checkpoint = await _checkpoints.GetScheduleCheckpointAsync(slot.Key.TaskId, cancellationToken)
                .ConfigureAwait(false);
            if (checkpoint is null)
            {
                // First sight of the task: remember from when on occurrences count, so a later downtime is noticed.
                await _checkpoints.TryAdvanceScheduleCheckpointAsync(slot.Key.TaskId, now, cancellationToken)
                    .ConfigureAwait(false);
                continue;
            }

            var missed = _options.CatchUpMissedRuns ? slot.Schedule!.LatestBetween(checkpoint.Value, now) : null;
            if (missed is null)
            {
                continue;
            }

            Log.CatchUpPlanned(_logger, slot.Key, missed.Value);
            lock (_gate)
            {
                slot.Pending ??= new PendingRun(RunReason.CatchUp, missed.Value);
            }
        }
    }

    private void MarkDueRuns(DateTimeOffset now)
    {
        foreach (var slot in _tasks.Values)
        {
            if (slot.NextDue is not { } due || due > now)
            {
                continue;
            }

            // A long pause (sleep, a slow machine) may have passed several occurrences: serve the latest once.
            var occurrence = slot.Schedule!.LatestBetween(due.AddTicks(-1), now) ?? due;
            slot.NextDue = slot.Schedule.NextAfter(now);
            if (slot.IsRunning || slot.Pending is not null)
            {
                Log.OccurrenceFolded(_logger, slot.Key, occurrence);
                continue;
            }

            slot.Pending = new PendingRun(RunReason.Scheduled, occurrence);
        }
    }

    private void StartPendingRuns()
    {
        // Oldest occurrence first, so a task waiting for a worker is not overtaken forever.
        var waiting = _tasks.Values
            .Where(s => s.Pending is not null && !s.IsRunning)
            .OrderBy(s => s.Pending!.Occurrence)
            .ToList();

        foreach (var slot in waiting)
        {
            if (_runningCount >= _options.MaxConcurrentRuns)
            {
                return;
            }

            var pending = slot.Pending!;
            slot.Pending = null;
            slot.RunCancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
            slot.LastStartedAt = _time.GetUtcNow();
            Interlocked.Increment(ref _runningCount);
            Track(RunAsync(slot, pending, slot.RunCancellation));
        }
    }

    private DateTimeOffset NextWakeUp(DateTimeOffset now)
    {
        var next = now + LongestWait;
        foreach (var slot in _tasks.Values)
        {
            next = Earliest(next, slot.NextDue);
            next = Earliest(next, slot.NextCacheClear);
        }

        foreach (var poll in _polls.Values.Where(p => !p.IsPolling))
        {
            next = Earliest(next, poll.NextDue);
        }

        return next;
    }

    private static DateTimeOffset Earliest(DateTimeOffset current, DateTimeOffset? candidate) =>
        candidate is { } value && value < current ? value : current;
}
