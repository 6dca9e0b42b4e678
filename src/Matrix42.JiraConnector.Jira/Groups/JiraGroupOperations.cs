using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Group calls. Query values are percent-encoded by <see cref="JiraCall"/>.</summary>
internal sealed class JiraGroupOperations : IJiraGroupOperations
{
    private const int GroupPageSize = 50;
    private const int MemberPageSize = 50;
    private const string MembershipHint =
        "Either the group or the account does not exist, or the caller lacks permission (Jira does not say which); " +
        "members are added by accountId, never by e-mail or name";

    private readonly JiraHttp _http;

    public JiraGroupOperations(JiraHttp http)
    {
        _http = http;
    }

    private static JiraJsonContext Json => JiraJsonContext.Wire;

    public IAsyncEnumerable<JiraGroup> GetGroupsAsync(
        JiraGroupQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new JiraGroupQuery();
        return JiraPaging.EnvelopeAsync(_http, startAt =>
        {
            var call = JiraCall.Get("rest/api/3/group/bulk")
                .Query("startAt", startAt)
                .Query("maxResults", GroupPageSize);
            foreach (var id in query.GroupIds)
            {
                call.Query("groupId", id);
            }

            foreach (var name in query.GroupNames)
            {
                call.Query("groupName", name);
            }

            return call;
        }, Json.PageBeanJiraGroup, g => g.GroupId, cancellationToken);
    }

    public Task<JiraGroup> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Post, "rest/api/3/group", JiraCallKind.CreatingWrite)
            .Json(new GroupNameBody(Guard.Text(name, nameof(name))), Json.GroupNameBody);
        return _http.SendAsync(call, Json.JiraGroup, cancellationToken);
    }

    public Task DeleteAsync(string groupId, string? swapGroupId = null, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, "rest/api/3/group", JiraCallKind.IdempotentWrite)
            .Query("groupId", Guard.Text(groupId, nameof(groupId)))
            .Query("swapGroupId", string.IsNullOrWhiteSpace(swapGroupId) ? null : swapGroupId);
        return _http.SendAsync(call, cancellationToken);
    }

    public IAsyncEnumerable<JiraUser> GetMembersAsync(
        string groupId, bool includeInactiveUsers = false, CancellationToken cancellationToken = default)
    {
        Guard.Text(groupId, nameof(groupId));
        return JiraPaging.EnvelopeAsync(_http,
            startAt => JiraCall.Get("rest/api/3/group/member")
                .Query("groupId", groupId)
                .Query("includeInactiveUsers", includeInactiveUsers)
                .Query("startAt", startAt)
                .Query("maxResults", MemberPageSize),
            Json.PageBeanJiraUser, u => u.Id, cancellationToken);
    }

    public Task AddMemberAsync(string groupId, string accountId, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Post, "rest/api/3/group/user", JiraCallKind.IdempotentWrite)
            .Query("groupId", Guard.Text(groupId, nameof(groupId)))
            .Json(new AccountIdBody(Guard.Text(accountId, nameof(accountId))), Json.AccountIdBody);
        return _http.SendAsync(call, cancellationToken, MembershipHint);
    }

    public Task RemoveMemberAsync(string groupId, string accountId, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, "rest/api/3/group/user", JiraCallKind.IdempotentWrite)
            .Query("groupId", Guard.Text(groupId, nameof(groupId)))
            .Query("accountId", Guard.Text(accountId, nameof(accountId)));
        return _http.SendAsync(call, cancellationToken, MembershipHint);
    }
}
