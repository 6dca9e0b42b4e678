using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Comment calls.</summary>
internal sealed class JiraCommentOperations : IJiraCommentOperations
{
    private const int PageSize = 100;
    private readonly JiraHttp _http;

    public JiraCommentOperations(JiraHttp http)
    {
        _http = http;
    }

    private static JiraJsonContext Json => JiraJsonContext.Wire;

    public IAsyncEnumerable<JiraComment> GetAllAsync(string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var path = CommentsPath(issueIdOrKey);
        return JiraPaging.TotalAsync(_http,
            startAt => JiraCall.Get(path)
                .Query("startAt", startAt)
                .Query("maxResults", PageSize)
                .Query("orderBy", "created"),
            Json.CommentPage, page => (page.Comments, page.Total), c => c.Id, cancellationToken);
    }

    public Task<JiraComment> AddAsync(
        string issueIdOrKey, JiraCommentContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = new CommentBody(content.Body, content.Visibility, content.Properties);
        var call = new JiraCall(HttpMethod.Post, CommentsPath(issueIdOrKey), JiraCallKind.CreatingWrite)
            .Json(body, Json.CommentBody);
        return _http.SendAsync(call, Json.JiraComment, cancellationToken);
    }

    public Task<JiraComment> UpdateAsync(
        string issueIdOrKey, string commentId, JiraCommentContent content, bool notifyUsers = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = new CommentBody(content.Body, content.Visibility, null);
        var call = new JiraCall(HttpMethod.Put, CommentPath(issueIdOrKey, commentId), JiraCallKind.IdempotentWrite)
            .Query("notifyUsers", notifyUsers)
            .Json(body, Json.CommentBody);
        return _http.SendAsync(call, Json.JiraComment, cancellationToken);
    }

    public Task DeleteAsync(string issueIdOrKey, string commentId, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, CommentPath(issueIdOrKey, commentId), JiraCallKind.IdempotentWrite);
        return _http.SendAsync(call, cancellationToken);
    }

    private static string CommentsPath(string issueIdOrKey) =>
        JiraCall.ApiPath("issue/{0}/comment", Guard.Text(issueIdOrKey, nameof(issueIdOrKey)));

    private static string CommentPath(string issueIdOrKey, string commentId) =>
        JiraCall.ApiPath("issue/{0}/comment/{1}",
            Guard.Text(issueIdOrKey, nameof(issueIdOrKey)), Guard.Text(commentId, nameof(commentId)));
}
