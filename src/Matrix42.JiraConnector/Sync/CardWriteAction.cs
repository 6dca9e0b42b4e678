namespace Matrix42.JiraConnector.Sync;

/// <summary>What a run does with one mapped entity.</summary>
public enum CardWriteAction
{
    /// <summary>Nothing: the card already holds what the mapping produces.</summary>
    Unchanged = 0,

    /// <summary>A new card is created.</summary>
    Create = 1,

    /// <summary>The existing card is modified.</summary>
    Update = 2,

    /// <summary>The matching card belongs to another task; it is left alone and reported.</summary>
    Conflict = 3,
}
