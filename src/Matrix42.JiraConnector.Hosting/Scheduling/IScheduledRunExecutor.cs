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
    Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the executor takes and renews the task's lease itself (as the core sync runner does). The scheduler
    /// then holds the lease only while it claims the occurrence, and hands over no lease.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: the scheduler holds and renews the lease for the whole run.</value>
    bool ManagesOwnLease => false;
}
