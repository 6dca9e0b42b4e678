namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>What the scheduler hands to <see cref="IScheduledRunExecutor"/> when a task should run.</summary>
/// <param name="Key">The task to run.</param>
/// <param name="Trigger">Why the run starts.</param>
/// <param name="Occurrence">
/// The schedule occurrence this run serves; for a manual run, the time the run was requested.
/// </param>
/// <param name="FencingToken">
/// The fencing token of the lease the scheduler holds for the task; state commits must carry it so a
/// run that lost its lease cannot overwrite a newer run's state.
/// </param>
public sealed record ScheduledRunRequest(
    TaskKey Key,
    RunTrigger Trigger,
    DateTimeOffset Occurrence,
    long FencingToken);
