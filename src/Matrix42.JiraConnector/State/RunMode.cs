namespace Matrix42.JiraConnector.State;

/// <summary>Whether a run reads everything the task selects or only what changed.</summary>
public enum RunMode
{
    /// <summary>Read everything; deletion marking may follow.</summary>
    Full = 0,

    /// <summary>Read what changed since the watermark; never marks deletions.</summary>
    Incremental = 1,
}
