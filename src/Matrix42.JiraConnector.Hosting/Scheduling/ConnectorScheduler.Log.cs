using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The scheduler's log messages (event ids 6000-6099).</summary>
public sealed partial class ConnectorScheduler
{
    private static partial class Log
    {
        [LoggerMessage(6000, LogLevel.Information,
            "Scheduler {InstanceId} started: {TaskCount} scheduled tasks, {PollCount} trigger polls, "
            + "at most {MaxRuns} runs at once")]
        public static partial void SchedulerStarted(
            ILogger logger, int taskCount, int pollCount, int maxRuns, string instanceId);

        [LoggerMessage(6001, LogLevel.Information, "Scheduler stopping; waiting for {RunningCount} jobs to end")]
        public static partial void SchedulerStopping(ILogger logger, int runningCount);

        [LoggerMessage(6002, LogLevel.Error,
            "Task {TaskKey} has an unreadable schedule and runs only by hand: {Reason}")]
        public static partial void InvalidSchedule(ILogger logger, TaskKey taskKey, string reason);

        [LoggerMessage(6003, LogLevel.Information,
            "Task {TaskKey} run starting ({Reason}, occurrence {Occurrence:o}, fencing token {FencingToken})")]
        public static partial void RunStarting(
            ILogger logger, TaskKey taskKey, RunReason reason, DateTimeOffset occurrence, long fencingToken);

        [LoggerMessage(6004, LogLevel.Information, "Task {TaskKey} run ({Reason}) completed in {ElapsedMs:F0} ms")]
        public static partial void RunCompleted(ILogger logger, TaskKey taskKey, RunReason reason, double elapsedMs);

        [LoggerMessage(6005, LogLevel.Error, "Task {TaskKey} run failed")]
        public static partial void RunFailed(ILogger logger, TaskKey taskKey, System.Exception exception);

        [LoggerMessage(6006, LogLevel.Warning, "Task {TaskKey} run was cancelled")]
        public static partial void RunCancelled(ILogger logger, TaskKey taskKey);

        [LoggerMessage(6007, LogLevel.Information, "Task {TaskKey} run skipped: another scheduler holds its lease")]
        public static partial void RunSkippedLeaseHeld(ILogger logger, TaskKey taskKey);

        [LoggerMessage(6008, LogLevel.Information,
            "Task {TaskKey} run skipped: occurrence {Occurrence:o} was already served")]
        public static partial void RunSkippedOccurrenceServed(
            ILogger logger, TaskKey taskKey, DateTimeOffset occurrence);

        [LoggerMessage(6009, LogLevel.Information,
            "Task {TaskKey} occurrence {Occurrence:o} folded into a run that is running or queued")]
        public static partial void OccurrenceFolded(ILogger logger, TaskKey taskKey, DateTimeOffset occurrence);

        [LoggerMessage(6010, LogLevel.Information,
            "Task {TaskKey} missed occurrences while no host ran; one catch-up run for {Occurrence:o}")]
        public static partial void CatchUpPlanned(ILogger logger, TaskKey taskKey, DateTimeOffset occurrence);

        [LoggerMessage(6011, LogLevel.Warning,
            "Task {TaskId} lost its lease (fencing token {FencingToken}); the run is cancelled")]
        public static partial void LeaseLost(ILogger logger, string taskId, long fencingToken);

        [LoggerMessage(6012, LogLevel.Information, "Task {TaskKey} cache cleared at its cache-clear hour")]
        public static partial void CacheCleared(ILogger logger, TaskKey taskKey);

        [LoggerMessage(6013, LogLevel.Error, "Task {TaskKey} cache could not be cleared")]
        public static partial void CacheClearFailed(ILogger logger, TaskKey taskKey, System.Exception exception);

        [LoggerMessage(6014, LogLevel.Error, "Event task {TaskKey} trigger poll failed")]
        public static partial void TriggerPollFailed(ILogger logger, TaskKey taskKey, System.Exception exception);

        [LoggerMessage(6015, LogLevel.Information, "Task {TaskKey} run requested by hand")]
        public static partial void ManualRunRequested(ILogger logger, TaskKey taskKey);

        [LoggerMessage(6016, LogLevel.Information, "Task {TaskKey} run stop requested")]
        public static partial void RunStopRequested(ILogger logger, TaskKey taskKey);

        [LoggerMessage(6017, LogLevel.Warning, "Task {TaskId} lease could not be released; it expires on its own")]
        public static partial void LeaseReleaseFailed(ILogger logger, string taskId, System.Exception exception);

        [LoggerMessage(6018, LogLevel.Warning,
            "{PollCount} event task trigger polls are configured but no trigger poller is registered; "
            + "they do not run (declare triggers with AddEventTrigger or call UseTriggerPoller)")]
        public static partial void TriggerPollsWithoutPoller(ILogger logger, int pollCount);

        [LoggerMessage(6019, LogLevel.Warning,
            "Task {TaskId} lease could not be renewed; trying again at the next renewal")]
        public static partial void LeaseRenewalFailed(ILogger logger, string taskId, System.Exception exception);
    }
}
