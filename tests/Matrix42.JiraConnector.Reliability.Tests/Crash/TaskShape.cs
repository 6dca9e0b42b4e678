namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>The kinds of scheduled task the crash trials cover.</summary>
public enum TaskShape
{
    /// <summary>Generic JQL task, full runs (deletion marking included).</summary>
    GenericFull,

    /// <summary>Generic JQL task, incremental runs bounded by the watermark.</summary>
    GenericIncremental,

    /// <summary>Users and groups; each group card lists its member person cards.</summary>
    DirectoryGroupsListMembers,

    /// <summary>Users and groups; each person card lists its group cards.</summary>
    DirectoryPersonsListGroups,
}
