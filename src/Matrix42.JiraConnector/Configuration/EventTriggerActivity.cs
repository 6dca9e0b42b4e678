namespace Matrix42.JiraConnector.Configuration;

/// <summary>The workflow activity a configured ESM trigger runs on each new or changed card.</summary>
/// <remarks>Comment pushes need settings a document cannot hold yet; declare those triggers in code.</remarks>
public enum EventTriggerActivity
{
    /// <summary>Creates a Jira issue from the card; for create-issue tasks.</summary>
    CreateIssue,

    /// <summary>Sends the mapped fields that changed; for create-issue and update-issue tasks.</summary>
    UpdateIssue,

    /// <summary>Moves the issue to the status the task maps; for create-issue and update-issue tasks.</summary>
    PushStatus,

    /// <summary>Gives the card's person access to the Jira site; for provisioning tasks.</summary>
    CreateUser,

    /// <summary>Removes the card's user from the Jira site; for provisioning tasks.</summary>
    DeleteUser,

    /// <summary>Creates a Jira group from the card; for provisioning tasks.</summary>
    CreateGroup,

    /// <summary>Deletes the card's Jira groups; for provisioning tasks.</summary>
    DeleteGroup,

    /// <summary>Adds the card's person to every group of its role attribute; for provisioning tasks.</summary>
    AddUserToGroups,

    /// <summary>Removes the card's person from every group of its role attribute; for provisioning tasks.</summary>
    RemoveUserFromGroups,
}
