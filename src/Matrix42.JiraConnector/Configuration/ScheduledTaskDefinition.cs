namespace Matrix42.JiraConnector.Configuration;

/// <summary>A task that reads Jira on a schedule and writes ESM cards.</summary>
public sealed class ScheduledTaskDefinition
{
    /// <summary>
    /// The stable task id, stamped on every card the task writes. Generated once when absent and never
    /// regenerated: a new id would make the next full run mark every card removed.
    /// </summary>
    /// <value>No default; required after ids are assigned.</value>
    public string? Id { get; set; }

    /// <summary>The task name; unique within the connector and not changeable after creation.</summary>
    /// <value>No default; required.</value>
    public string? Name { get; set; }

    /// <summary>Whether the schedule is active.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>When the task runs.</summary>
    public ScheduleSettings Schedule { get; set; } = new();

    /// <summary>Full or incremental reading.</summary>
    /// <value>Defaults to <see cref="ScheduledTaskKind.Full"/>.</value>
    public ScheduledTaskKind Kind { get; set; } = ScheduledTaskKind.Full;

    /// <summary>What the task reads, and so which targets it needs.</summary>
    /// <value>Defaults to <see cref="Configuration.MappingsType.Generic"/>.</value>
    public MappingsType MappingsType { get; set; } = MappingsType.Generic;

    /// <summary>The JQL query selecting issues; required for generic tasks.</summary>
    /// <value>No default.</value>
    public string? Jql { get; set; }

    /// <summary>How far an incremental run reaches back before the last seen <c>updated</c> value.</summary>
    /// <value>Defaults to 5 minutes.</value>
    public TimeSpan IncrementalOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Which users an identity task reads.</summary>
    public UserFilterSettings UserFilter { get; set; } = new();

    /// <summary>Where a failed run records its error.</summary>
    public FailureSettings Failure { get; set; } = new();

    /// <summary>The person target (identity tasks).</summary>
    /// <value>No default; required for identity mappings types.</value>
    public ScheduledTargetDefinition? Identity { get; set; }

    /// <summary>The group target (access-right tasks).</summary>
    /// <value>No default; required for access-right mappings types.</value>
    public ScheduledTargetDefinition? AccessRight { get; set; }

    /// <summary>The one template of a generic task.</summary>
    /// <value>No default; required for <see cref="MappingsType.Generic"/>.</value>
    public ScheduledTargetDefinition? Generic { get; set; }

    /// <summary>Where group memberships are stored (identity-and-access-rights tasks).</summary>
    public MembershipSettings Memberships { get; set; } = new();

    /// <summary>
    /// The UTC hours at which the task cache expires so the next run writes every card again.
    /// </summary>
    /// <value>Empty by default, meaning midnight UTC (hour 0) only.</value>
    public IList<int> CacheExpiryHoursUtc { get; set; } = [];
}
