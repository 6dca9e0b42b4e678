namespace Matrix42.JiraConnector.Sync.Diff;

/// <summary>Whether a task may write an existing card, judged by the task id stamped on it.</summary>
internal enum OwnershipVerdict
{
    /// <summary>The card carries this task's id.</summary>
    Owned = 0,

    /// <summary>The card carries no task id or an adopted legacy id; the task writes it and stamps its own
    /// id.</summary>
    Adopt = 1,

    /// <summary>The card carries another task's id and the policy says to take it over.</summary>
    TakeOver = 2,

    /// <summary>The card belongs to another task; it is left alone and reported.</summary>
    Conflict = 3,
}
