namespace Matrix42.JiraConnector.Jira;

/// <summary>The identity and last change of an issue: what an incremental sync needs to decide what to fetch.</summary>
/// <param name="Id">The issue id.</param>
/// <param name="Key">The issue key.</param>
/// <param name="Updated">The <c>updated</c> timestamp; null when Jira sent none or it was unreadable.</param>
public sealed record JiraIssueStamp(string Id, string? Key, DateTimeOffset? Updated);
