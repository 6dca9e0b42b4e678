namespace Matrix42.JiraConnector.Jira;

/// <summary>Comments on issues, with ADF bodies.</summary>
public interface IJiraCommentOperations
{
    /// <summary>
    /// Streams every comment of an issue, oldest first, paging until Jira's <c>total</c> is reached or a
    /// page is empty; each comment id is returned once.
    /// </summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The comments.</returns>
    IAsyncEnumerable<JiraComment> GetAllAsync(string issueIdOrKey, CancellationToken cancellationToken = default);

    /// <summary>Adds a comment. Not retried after an ambiguous failure (it would post twice).</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="content">The ADF body, visibility and properties.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new comment.</returns>
    Task<JiraComment> AddAsync(
        string issueIdOrKey, JiraCommentContent content, CancellationToken cancellationToken = default);

    /// <summary>Replaces a comment's body and visibility.</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="commentId">The comment id.</param>
    /// <param name="content">The new body and visibility.</param>
    /// <param name="notifyUsers">Whether watchers are notified; default <see langword="true"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated comment.</returns>
    Task<JiraComment> UpdateAsync(
        string issueIdOrKey, string commentId, JiraCommentContent content, bool notifyUsers = true,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a comment. Jira answers 400 (not 403) when the caller may not delete it.</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="commentId">The comment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the comment is deleted.</returns>
    Task DeleteAsync(string issueIdOrKey, string commentId, CancellationToken cancellationToken = default);
}
