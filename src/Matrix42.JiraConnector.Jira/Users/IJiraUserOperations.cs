namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Users. Lists page over Jira's bare arrays: the client asks for the documented maximum, advances by
/// the number of users actually received, stops only on an empty page, and returns each account once.
/// </summary>
public interface IJiraUserOperations
{
    /// <summary>
    /// Streams all users of the site (<c>GET /rest/api/3/users/search</c>): active, inactive and deleted,
    /// including app and customer accounts; filter with <see cref="JiraUser.IsPerson"/> and
    /// <see cref="JiraUser.Active"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The users.</returns>
    IAsyncEnumerable<JiraUser> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams active users whose display name or e-mail starts with the query
    /// (<c>GET /rest/api/3/user/search</c>; Jira pages through the first 1000 matches only).
    /// </summary>
    /// <param name="query">The prefix, such as an e-mail address.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The users.</returns>
    IAsyncEnumerable<JiraUser> SearchAsync(string query, CancellationToken cancellationToken = default);

    /// <summary>Reads one user by account id.</summary>
    /// <param name="accountId">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or null when Jira does not know the account.</returns>
    Task<JiraUser?> GetAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a person access to the site. Needs Administer Jira and organisation admin rights; Jira takes
    /// only the e-mail and products (no display name) and sends an invitation. Not retried after an
    /// ambiguous failure.
    /// </summary>
    /// <param name="user">The e-mail address and products.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    Task<JiraUser> CreateAsync(JiraUserCreate user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a user's access to the site (<c>DELETE /rest/api/3/user</c>; needs site admin). The Atlassian
    /// account itself is not deleted or deactivated.
    /// </summary>
    /// <param name="accountId">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user was removed.</returns>
    Task DeleteAsync(string accountId, CancellationToken cancellationToken = default);
}
