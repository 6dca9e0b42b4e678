namespace Matrix42.JiraConnector.State;

/// <summary>Which side a paired comment was first written on.</summary>
public enum CommentOrigin
{
    /// <summary>Written in Jira and copied to the card's worklog.</summary>
    Jira = 0,

    /// <summary>Written in the ESM worklog and pushed to Jira as a comment.</summary>
    Esm = 1,
}
