namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Runs one scheduled task now; the scheduler decides when, this decides how.</summary>
public interface IScheduledRunExecutor
{
    /// <summary>Runs the task of <paramref name="request"/> once and returns when the run is over.</summary>
    /// <param name="request">The task, the trigger and the lease's fencing token.</param>
    /// <param name="cancellationToken">
    /// Cancelled when the run is stopped, the task's lease is lost or the host shuts down.
    /// </param>
    /// <returns>A task completing when the run has ended; a fault marks the run failed.</returns>
    Task ExecuteAsync(ScheduledRunRequest request, CancellationToken cancellationToken = default);
}
