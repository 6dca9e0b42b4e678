namespace Matrix42.JiraConnector.Configuration;

/// <summary>Whether a scheduled run reads everything or only what changed.</summary>
public enum ScheduledTaskKind
{
    /// <summary>Reads everything the task selects; the only kind that marks removed objects.</summary>
    Full,

    /// <summary>
    /// Reads issues updated since the last run (minus an overlap). Only generic tasks may be incremental:
    /// Jira's user and group endpoints carry no change time.
    /// </summary>
    Incremental,
}
