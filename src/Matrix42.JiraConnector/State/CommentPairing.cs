namespace Matrix42.JiraConnector.State;

/// <summary>
/// Links one ESM worklog entry to one Jira comment, so each comment crosses over exactly once and comments
/// that came from the other side are not echoed back. Both directions read the same pairs.
/// </summary>
/// <param name="DataCardId">The ESM card whose worklog holds the entry.</param>
/// <param name="WorklogEntryId">The identity of the worklog entry (ESM gives worklog entries no id of their
/// own).</param>
/// <param name="JiraIssueId">The Jira issue id holding the comment.</param>
/// <param name="JiraCommentId">The Jira comment id.</param>
/// <param name="Origin">Which side the comment was written on first.</param>
/// <param name="PairedAt">When the pair was recorded.</param>
public sealed record CommentPairing(
    string DataCardId,
    string WorklogEntryId,
    string JiraIssueId,
    string JiraCommentId,
    CommentOrigin Origin,
    DateTimeOffset PairedAt);
