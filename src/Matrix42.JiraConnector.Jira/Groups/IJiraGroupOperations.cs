namespace Matrix42.JiraConnector.Jira;

/// <summary>Groups and memberships. Every write goes by groupId and accountId, never by name or e-mail.</summary>
public interface IJiraGroupOperations
{
    /// <summary>Streams groups (<c>GET /rest/api/3/group/bulk</c>), optionally filtered by ids or names.</summary>
    /// <param name="query">Filters; null lists all groups.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The groups, each once.</returns>
    IAsyncEnumerable<JiraGroup> GetGroupsAsync(
        JiraGroupQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a group (needs site admin). Jira answers 400 when the name is in use.</summary>
    /// <param name="name">The group name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new group with its id.</returns>
    Task<JiraGroup> CreateAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="swapGroupId">
    /// A group that takes over comment and worklog restrictions of the deleted group; null leaves them
    /// restricted to nobody (inaccessible). Default null.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the group is deleted.</returns>
    Task DeleteAsync(string groupId, string? swapGroupId = null, CancellationToken cancellationToken = default);

    /// <summary>Streams a group's members (pages of at most 50), each once.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="includeInactiveUsers">Whether inactive users are included; default <see langword="false"/>.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The members.</returns>
    IAsyncEnumerable<JiraUser> GetMembersAsync(
        string groupId, bool includeInactiveUsers = false, CancellationToken cancellationToken = default);

    /// <summary>Adds a user to a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="accountId">The account id (not an e-mail address: Jira answers 404 for those).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user was added.</returns>
    Task AddMemberAsync(string groupId, string accountId, CancellationToken cancellationToken = default);

    /// <summary>Removes a user from a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="accountId">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user was removed.</returns>
    Task RemoveMemberAsync(string groupId, string accountId, CancellationToken cancellationToken = default);
}
