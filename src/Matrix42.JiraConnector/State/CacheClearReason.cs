namespace Matrix42.JiraConnector.State;

/// <summary>Why a task's cache was cleared.</summary>
public enum CacheClearReason
{
    /// <summary>An operator or host asked for it.</summary>
    Requested = 0,

    /// <summary>One of the configured UTC clear hours passed.</summary>
    Scheduled = 1,

    /// <summary>The task's mapping changed, so cached hashes no longer describe what would be written.</summary>
    MappingChanged = 2,
}
