namespace Matrix42.JiraConnector.State;

/// <summary>Where a held deletion marking stands.</summary>
public enum HeldDeletionStatus
{
    /// <summary>Waiting for an approval.</summary>
    Pending = 0,

    /// <summary>Approved; the next full run may mark the listed cards despite the guard.</summary>
    Approved = 1,

    /// <summary>Rejected; nothing will be marked for it.</summary>
    Rejected = 2,

    /// <summary>The approved marks were written.</summary>
    Applied = 3,

    /// <summary>A newer held list replaced it before it was approved.</summary>
    Superseded = 4,
}
