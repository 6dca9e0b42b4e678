namespace Matrix42.JiraConnector.Configuration;

/// <summary>How a scheduled task treats a matching card that another task (or nobody) stamped.</summary>
public enum OwnershipPolicy
{
    /// <summary>Updates only cards stamped with this task's id or with no task id (and stamps them).</summary>
    AdoptUnowned,

    /// <summary>Updates only cards stamped with this task's id; others are reported and skipped.</summary>
    OwnOnly,

    /// <summary>Updates any matching card and stamps it with this task's id.</summary>
    TakeOver,
}
