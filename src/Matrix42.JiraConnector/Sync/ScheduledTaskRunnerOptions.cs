using Matrix42.JiraConnector.Sync.Snapshots;

namespace Matrix42.JiraConnector.Sync;

/// <summary>Settings of a <see cref="ScheduledTaskRunner"/> shared by all the tasks it runs.</summary>
public sealed class ScheduledTaskRunnerOptions
{
    /// <summary>The name this runner uses when it takes a task's lease, for diagnostics.</summary>
    /// <value>Defaults to the machine name and process id.</value>
    public string Holder { get; set; } = $"{System.Environment.MachineName}/{System.Environment.ProcessId}";

    /// <summary>
    /// The connector the runner serves; comment pairings are kept per connector, so the event tasks of the same
    /// connector see the comments this runner copied (and the reverse).
    /// </summary>
    /// <value>Defaults to <c>default</c>.</value>
    public string ConnectorId { get; set; } = "default";

    /// <summary>How long a task's lease lasts between renewals (renewed every third of it).</summary>
    /// <value>Defaults to 2 minutes.</value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Cards per ESM bulk write; 100 keeps a run within 10 write calls per 1,000 changed cards.</summary>
    /// <value>Defaults to 100.</value>
    public int LoadBatchSize { get; set; } = 100;

    /// <summary>How many ESM bulk writes may run at the same time.</summary>
    /// <value>Defaults to 2.</value>
    public int MaxConcurrentLoads { get; set; } = 2;

    /// <summary>How many independent Jira reads (for example members of different groups) may run at once.</summary>
    /// <value>Defaults to 4.</value>
    public int MaxConcurrentReads { get; set; } = 4;

    /// <summary>Where and for how long extract snapshots are kept.</summary>
    public ExtractSnapshotOptions Snapshots { get; set; } = new();
}
