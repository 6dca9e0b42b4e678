namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>How the latest run of a task, as seen by this scheduler, ended.</summary>
public enum SchedulerRunResult
{
    /// <summary>The run completed.</summary>
    Succeeded,

    /// <summary>The run threw an error.</summary>
    Failed,

    /// <summary>The run was stopped, or the host shut down during it.</summary>
    Cancelled,

    /// <summary>The run was cancelled because its lease could not be renewed.</summary>
    LeaseLost,

    /// <summary>Another scheduler held the task's lease or had already served the occurrence.</summary>
    Skipped,
}
