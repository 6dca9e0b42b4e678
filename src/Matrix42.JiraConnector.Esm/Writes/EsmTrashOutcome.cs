namespace Matrix42.JiraConnector.Esm;

/// <summary>What moving a card to the trash did.</summary>
public enum EsmTrashOutcome
{
    /// <summary>The card was moved to the trash.</summary>
    Trashed = 0,

    /// <summary>The card was already in the trash (ESM answered 409); nothing changed.</summary>
    AlreadyInTrash = 1,
}
