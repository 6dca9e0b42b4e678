namespace Matrix42.JiraConnector.State;

/// <summary>How many entities a run read and what it did with them.</summary>
public sealed record RunCounts
{
    /// <summary>No entities.</summary>
    public static RunCounts Zero { get; } = new();

    /// <summary>Entities read from Jira.</summary>
    public int Read { get; init; }

    /// <summary>Cards created.</summary>
    public int Created { get; init; }

    /// <summary>Cards updated.</summary>
    public int Updated { get; init; }

    /// <summary>Entities skipped because their cached hash matched.</summary>
    public int Unchanged { get; init; }

    /// <summary>Entities that failed to map or load.</summary>
    public int Failed { get; init; }

    /// <summary>Entities skipped because their card belongs to another task.</summary>
    public int Conflicts { get; init; }

    /// <summary>Cards given the inactive value.</summary>
    public int MarkedInactive { get; init; }

    /// <summary>Cards given the removed value.</summary>
    public int MarkedRemoved { get; init; }

    /// <summary>Cards restored after their object reappeared.</summary>
    public int Restored { get; init; }
}
