namespace Matrix42.JiraConnector.State;

/// <content>Comment pairings, shared by the scheduled (Jira to ESM) and event (ESM to Jira) directions.</content>
public partial interface IConnectorStateStore
{
    /// <summary>
    /// Records a pairing unless its Jira comment or its worklog entry is already paired; the check and the
    /// insert are one atomic step, so two writers cannot both pair the same comment.
    /// </summary>
    /// <param name="connectorId">The connector (one Jira site and ESM tenant) the pair belongs to.</param>
    /// <param name="pairing">The pair.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when stored; <see langword="false"/> when either side was already
    /// paired.</returns>
    Task<bool> TryAddCommentPairingAsync(
        string connectorId,
        CommentPairing pairing,
        CancellationToken cancellationToken = default);

    /// <summary>The pairing of a Jira comment.</summary>
    /// <param name="connectorId">The connector.</param>
    /// <param name="jiraCommentId">The Jira comment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pairing, or <see langword="null"/>.</returns>
    Task<CommentPairing?> FindCommentPairingByJiraCommentAsync(
        string connectorId,
        string jiraCommentId,
        CancellationToken cancellationToken = default);

    /// <summary>The pairing of an ESM worklog entry.</summary>
    /// <param name="connectorId">The connector.</param>
    /// <param name="dataCardId">The card holding the worklog.</param>
    /// <param name="worklogEntryId">The worklog entry identity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pairing, or <see langword="null"/>.</returns>
    Task<CommentPairing?> FindCommentPairingByWorklogEntryAsync(
        string connectorId,
        string dataCardId,
        string worklogEntryId,
        CancellationToken cancellationToken = default);

    /// <summary>All pairings of one Jira issue.</summary>
    /// <param name="connectorId">The connector.</param>
    /// <param name="jiraIssueId">The issue id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pairings, oldest first.</returns>
    Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForIssueAsync(
        string connectorId,
        string jiraIssueId,
        CancellationToken cancellationToken = default);

    /// <summary>All pairings of one ESM card.</summary>
    /// <param name="connectorId">The connector.</param>
    /// <param name="dataCardId">The card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pairings, oldest first.</returns>
    Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForCardAsync(
        string connectorId,
        string dataCardId,
        CancellationToken cancellationToken = default);
}
