namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Settings of the connector scheduler.</summary>
public sealed class TaskSchedulerOptions
{
    /// <summary>How many task runs may execute at once in this process.</summary>
    /// <value>Defaults to 6; must be between 1 and 64.</value>
    public int MaxConcurrentRuns { get; set; } = 6;

    /// <summary>The UTC hours (0-23) at which every task cache is cleared, unless a task sets its own.</summary>
    /// <value>Defaults to midnight UTC only (<c>[0]</c>); an empty list never clears on a clock.</value>
    public IList<int> CacheClearHoursUtc { get; set; } = [0];

    /// <summary>The time between two trigger polls of an event task, unless the task sets its own.</summary>
    /// <value>Defaults to 1 minute; must be at least 1 second.</value>
    public TimeSpan TriggerPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a task lease lives without renewal; a running task renews it every third of this.</summary>
    /// <value>Defaults to 2 minutes; must be at least 3 seconds.</value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Whether a task whose occurrences passed while no host ran gets one catch-up run at start.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool CatchUpMissedRuns { get; set; } = true;

    /// <summary>The id this scheduler instance holds leases under; must differ between processes.</summary>
    /// <value>Defaults to <see langword="null"/>, meaning the machine name, the process id and a random suffix.</value>
    public string? InstanceId { get; set; }
}
