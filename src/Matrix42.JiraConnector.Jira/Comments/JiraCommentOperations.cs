using Matrix42.JiraConnector.Jira.Wire;
using static Matrix42.JiraConnector.Jira.JiraIssueOperations;

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

    public IAsyncEnumerable<JiraComment> GetAllAsync(string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var path = JiraCall.ApiPath("issue/{0}/comment", Require(issueIdOrKey, nameof(issueIdOrKey)));
        return JiraPaging.TotalAsync(_http,
            startAt => JiraCall.Get(path).Query("startAt", startAt).Query("maxResults", PageSize).Query("orderBy", "created"),
            JiraJsonContext.Wire.CommentPage, page => (page.Comments, page.Total), c => c.Id, cancellationToken);
    }

    public Task<JiraComment> AddAsync(
        string issueIdOrKey, JiraCommentContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var call = new JiraCall(HttpMethod.Post,
                JiraCall.ApiPath("issue/{0}/comment", Require(issueIdOrKey, nameof(issueIdOrKey))), JiraCallKind.CreatingWrite)
            .Json(new CommentBody(content.Body, content.Visibility, content.Properties), JiraJsonContext.Wire.CommentBody);
        return _http.SendAsync(call, JiraJsonContext.Wire.JiraComment, cancellationToken);
    }

    public Task<JiraComment> UpdateAsync(
        string issueIdOrKey, string commentId, JiraCommentContent content, bool notifyUsers = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var call = new JiraCall(HttpMethod.Put, JiraCall.ApiPath("issue/{0}/comment/{1}",
                Require(issueIdOrKey, nameof(issueIdOrKey)), Require(commentId, nameof(commentId))), JiraCallKind.IdempotentWrite)
            .Query("notifyUsers", notifyUsers)
            .Json(new CommentBody(content.Body, content.Visibility, null), JiraJsonContext.Wire.CommentBody);
        return _http.SendAsync(call, JiraJsonContext.Wire.JiraComment, cancellationToken);
    }

    public Task DeleteAsync(string issueIdOrKey, string commentId, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, JiraCall.ApiPath("issue/{0}/comment/{1}",
            Require(issueIdOrKey, nameof(issueIdOrKey)), Require(commentId, nameof(commentId))), JiraCallKind.IdempotentWrite);
        return _http.SendAsync(call, cancellationToken);
    }
}
