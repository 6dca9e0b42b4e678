namespace Matrix42.JiraConnector.Sync;

/// <summary>The step a scheduled run is in, as reported through progress.</summary>
public enum SyncPhase
{
    /// <summary>Acquiring the lease and preparing state.</summary>
    Starting = 0,

    /// <summary>Reading the task's existing ESM cards into the key index.</summary>
    Indexing = 1,

    /// <summary>Reading Jira.</summary>
    Extracting = 2,

    /// <summary>Writing changed cards to ESM.</summary>
    Loading = 3,

    /// <summary>Marking cards of objects that are gone or inactive, and restoring reappeared ones.</summary>
    MarkingDeletions = 4,

    /// <summary>The run has ended; the counts are final.</summary>
    Completed = 5,
}
