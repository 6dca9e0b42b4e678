using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>What the scheduler hands to <see cref="IScheduledRunExecutor"/> when a task should run.</summary>
/// <param name="Key">The task to run.</param>
/// <param name="Reason">Why the run starts.</param>
/// <param name="Occurrence">
/// The schedule occurrence this run serves; for a manual run, the time the run was requested.
/// </param>
/// <param name="Lease">
/// The task's lease, held and renewed by the scheduler for the length of the run. Every state commit of
/// the run must carry it, so a run that lost its lease cannot overwrite a newer run's state. Null when the
/// executor manages its own lease (<see cref="IScheduledRunExecutor.ManagesOwnLease"/>).
/// </param>
public sealed record SchedulerRunRequest(
    TaskKey Key,
    RunReason Reason,
    DateTimeOffset Occurrence,
    TaskLease? Lease)
{
    /// <summary>The trigger to record in the run history for this run.</summary>
    /// <value><see cref="RunTrigger.Manual"/> for manual runs, otherwise <see cref="RunTrigger.Schedule"/>.</value>
    public RunTrigger HistoryTrigger => Reason == RunReason.Manual ? RunTrigger.Manual : RunTrigger.Schedule;
}
