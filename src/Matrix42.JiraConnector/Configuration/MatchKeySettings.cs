namespace Matrix42.JiraConnector.Configuration;

/// <summary>How a Jira object is matched to its ESM card.</summary>
public sealed class MatchKeySettings
{
    /// <summary>
    /// The Jira path of the key, e.g. <c>accountId</c>, <c>groupId</c> or <c>id</c>; empty means the
    /// natural key of the target (account id, group id, issue id). Scheduled runs always match by these
    /// ids: an issue key changes when the issue moves to another project.
    /// </summary>
    /// <value>No default (natural key).</value>
    public string? JiraPath { get; set; }

    /// <summary>The ESM attribute that holds the key on the card.</summary>
    /// <value>No default; required.</value>
    public string? Attribute { get; set; }
}
