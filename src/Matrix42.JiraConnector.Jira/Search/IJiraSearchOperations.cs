namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// JQL search on <c>POST /rest/api/3/search/jql</c> (the removed <c>/search</c> endpoint is never used).
/// Paging follows Jira's <c>nextPageToken</c>; the end is reached only when the token is absent, null or
/// empty or <c>isLast</c> is true. A token the server repeats, or more pages than
/// <see cref="JiraClientOptions.MaxPagesPerCall"/>, raises <see cref="JiraPagingException"/>.
/// </summary>
public interface IJiraSearchOperations
{
    /// <summary>Streams every issue matching the query, page after page.</summary>
    /// <param name="request">The query, fields and options.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The issues in Jira's order.</returns>
    IAsyncEnumerable<JiraIssue> SearchAsync(JiraSearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams the result pages, optionally resuming from a saved token.</summary>
    /// <param name="request">The query, fields and options.</param>
    /// <param name="continuationToken">
    /// A <see cref="JiraSearchPage.NextPageToken"/> to resume from; null starts at the beginning.
    /// </param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The pages.</returns>
    IAsyncEnumerable<JiraSearchPage> SearchPagesAsync(
        JiraSearchRequest request, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of results.</summary>
    /// <param name="request">The query, fields and options.</param>
    /// <param name="nextPageToken">The token of the page to read; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<JiraSearchPage> GetPageAsync(
        JiraSearchRequest request, string? nextPageToken = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams only the id, key and <c>updated</c> of each matching issue, asking for the largest pages
    /// Jira gives. Use it to decide what to fetch in full (with bulk fetch).
    /// </summary>
    /// <param name="jql">The query; non-empty and bounded.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The stamps in Jira's order.</returns>
    IAsyncEnumerable<JiraIssueStamp> SearchStampsAsync(string jql, CancellationToken cancellationToken = default);

    /// <summary>Returns Jira's approximate (eventually consistent) count of matching issues.</summary>
    /// <param name="jql">The query; non-empty and bounded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The estimate.</returns>
    Task<long> CountApproximatelyAsync(string jql, CancellationToken cancellationToken = default);

    /// <summary>Parses and validates queries without running them.</summary>
    /// <param name="queries">The queries; at least one.</param>
    /// <param name="validation">The validation level; default <see cref="JqlValidation.Strict"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per query, in order.</returns>
    Task<IReadOnlyList<JqlParseResult>> ParseAsync(
        IReadOnlyList<string> queries, JqlValidation validation = JqlValidation.Strict,
        CancellationToken cancellationToken = default);
}
