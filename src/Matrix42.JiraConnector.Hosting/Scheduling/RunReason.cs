namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Why the scheduler started a run.</summary>
public enum RunReason
{
    /// <summary>The cron schedule came due.</summary>
    Scheduled,

    /// <summary>
    /// One or more occurrences passed while no host was running; they are folded into this one run.
    /// </summary>
    CatchUp,

    /// <summary>A person or the host asked for a run now.</summary>
    Manual,
}
