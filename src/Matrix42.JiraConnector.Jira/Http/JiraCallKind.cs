namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// What a call does, which decides its retries (not its HTTP method: search and bulk fetch are POSTs
/// that only read).
/// </summary>
internal enum JiraCallKind
{
    /// <summary>Reads: retried on 5xx, timeouts and resets.</summary>
    Read,

    /// <summary>
    /// Writes that give the same result when repeated (PUT, DELETE, transitions): retried like reads.
    /// </summary>
    IdempotentWrite,

    /// <summary>
    /// Writes that create something (issue, comment, user, group): retried only on 429 / 503 with
    /// Retry-After, where Jira did not apply them; after other failures the outcome is unknown.
    /// </summary>
    CreatingWrite,
}
