namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>The workflow activities an event task can run (ESM to Jira).</summary>
public enum EventActivityKind
{
    /// <summary>Creates a Jira issue from the card and writes its key and id back.</summary>
    CreateIssue,

    /// <summary>Sends the mapped fields that changed since they were last sent.</summary>
    UpdateIssue,

    /// <summary>Adds the card's new worklog entries as Jira comments; needs comment settings.</summary>
    PushComments,

    /// <summary>Moves the issue to the status the task maps, through the transition that reaches it.</summary>
    PushStatus,

    /// <summary>Gives the card's person access to the Jira site and writes the account id back.</summary>
    CreateUser,

    /// <summary>Removes the card's user from the Jira site; the Atlassian account remains.</summary>
    DeleteUser,

    /// <summary>Creates a Jira group from the card and writes its group id back.</summary>
    CreateGroup,

    /// <summary>Deletes the card's Jira groups.</summary>
    DeleteGroup,

    /// <summary>Adds the card's person to every group of its role attribute.</summary>
    AddUserToGroups,

    /// <summary>Removes the card's person from every group of its role attribute.</summary>
    RemoveUserFromGroups,
}
