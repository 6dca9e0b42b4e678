using System.Net;

namespace Matrix42.JiraConnector.Jira;

/// <summary>User calls.</summary>
internal sealed class JiraUserOperations : IJiraUserOperations
{
    /// <summary>The documented maximum page of the user list endpoints.</summary>
    private const int PageSize = 1000;
    private readonly JiraHttp _http;

    public JiraUserOperations(JiraHttp http)
    {
        _http = http;
    }

    private static JiraJsonContext Json => JiraJsonContext.Wire;

    public IAsyncEnumerable<JiraUser> GetAllAsync(CancellationToken cancellationToken = default) =>
        JiraPaging.BareArrayAsync(_http,
            startAt => JiraCall.Get("rest/api/3/users/search").Query("startAt", startAt).Query("maxResults", PageSize),
            Json.ListJiraUser, u => u.Id, cancellationToken);

    public IAsyncEnumerable<JiraUser> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        Guard.Text(query, nameof(query));
        return JiraPaging.BareArrayAsync(_http,
            startAt => JiraCall.Get("rest/api/3/user/search").Query("query", query).Query("startAt", startAt)
                .Query("maxResults", PageSize),
            Json.ListJiraUser, u => u.Id, cancellationToken);
    }

    public async Task<JiraUser?> GetAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get("rest/api/3/user").Query("accountId", Guard.Text(accountId, nameof(accountId)));
        using var response = await _http.SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await _http.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await JiraHttp.ReadAsync(response, Json.JiraUser, cancellationToken).ConfigureAwait(false);
    }

    public Task<JiraUser> CreateAsync(JiraUserCreate user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        Guard.Text(user.EmailAddress, nameof(user));
        ArgumentNullException.ThrowIfNull(user.Products);
        var call = new JiraCall(HttpMethod.Post, "rest/api/3/user", JiraCallKind.CreatingWrite)
            .Json(user, Json.JiraUserCreate);
        return _http.SendAsync(call, Json.JiraUser, cancellationToken);
    }

    public Task DeleteAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, "rest/api/3/user", JiraCallKind.IdempotentWrite)
            .Query("accountId", Guard.Text(accountId, nameof(accountId)));
        return _http.SendAsync(call, cancellationToken);
    }
}
