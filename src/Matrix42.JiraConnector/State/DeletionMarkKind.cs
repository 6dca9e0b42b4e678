namespace Matrix42.JiraConnector.State;

/// <summary>Which configured value a card's removed-state attribute received.</summary>
public enum DeletionMarkKind
{
    /// <summary>The object is gone from the source; the card got the removed value.</summary>
    Removed = 0,

    /// <summary>Jira still lists the user but as inactive; the card got the inactive value.</summary>
    Inactive = 1,
}
