namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The answer to a request to run a task now.</summary>
public enum RunRequestResult
{
    /// <summary>The run is queued and starts as soon as a worker is free.</summary>
    Queued,

    /// <summary>A run of the task is already queued; nothing was added.</summary>
    AlreadyQueued,

    /// <summary>The task is running now; nothing was queued.</summary>
    AlreadyRunning,

    /// <summary>The scheduler knows no such task.</summary>
    UnknownTask,
}
