
namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Metadata calls. Deprecated endpoints (<c>/project</c>, <c>/priority</c>, <c>/resolution</c>) are not used.
/// </summary>
internal sealed class JiraMetadataOperations : IJiraMetadataOperations
{
    private const int ProjectPageSize = 100;
    private const int ResolutionPageSize = 100;
    private const int CreateMetaPageSize = 200;
    private readonly JiraHttp _http;

    public JiraMetadataOperations(JiraHttp http)
    {
        _http = http;
    }

    private static JiraJsonContext Json => JiraJsonContext.Wire;

    public async Task<IReadOnlyList<JiraField>> GetFieldsAsync(CancellationToken cancellationToken = default) =>
        await _http.SendAsync(JiraCall.Get("rest/api/3/field"), Json.ListJiraField, cancellationToken)
            .ConfigureAwait(false);

    public IAsyncEnumerable<JiraProject> GetProjectsAsync(
        IReadOnlyList<string>? keys = null, CancellationToken cancellationToken = default) =>
        JiraPaging.EnvelopeAsync(_http, startAt =>
        {
            var call = JiraCall.Get("rest/api/3/project/search")
                .Query("startAt", startAt)
                .Query("maxResults", ProjectPageSize);
            foreach (var key in keys ?? [])
            {
                call.Query("keys", key);
            }

            return call;
        }, Json.PageBeanJiraProject, p => p.Id, cancellationToken);

    public async Task<IReadOnlyList<JiraIssueType>> GetIssueTypesAsync(CancellationToken cancellationToken = default) =>
        await _http.SendAsync(JiraCall.Get("rest/api/3/issuetype"), Json.ListJiraIssueType, cancellationToken)
            .ConfigureAwait(false);

    public async Task<IReadOnlyList<JiraStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        await _http.SendAsync(JiraCall.Get("rest/api/3/status"), Json.ListJiraStatus, cancellationToken)
            .ConfigureAwait(false);

    public IAsyncEnumerable<JiraResolution> GetResolutionsAsync(CancellationToken cancellationToken = default) =>
        JiraPaging.EnvelopeAsync(_http,
            startAt => JiraCall.Get("rest/api/3/resolution/search").Query("startAt", startAt)
                .Query("maxResults", ResolutionPageSize),
            Json.PageBeanJiraResolution, r => r.Id, cancellationToken);

    public IAsyncEnumerable<JiraIssueType> GetCreatableIssueTypesAsync(
        string projectIdOrKey, CancellationToken cancellationToken = default)
    {
        var path = JiraCall.ApiPath("issue/createmeta/{0}/issuetypes",
            Guard.Text(projectIdOrKey, nameof(projectIdOrKey)));
        return JiraPaging.TotalAsync(_http,
            startAt => JiraCall.Get(path).Query("startAt", startAt).Query("maxResults", CreateMetaPageSize),
            Json.CreateMetaIssueTypesPage, page => (page.IssueTypes, page.Total), t => t.Id,
            cancellationToken);
    }

    public IAsyncEnumerable<JiraFieldMeta> GetCreateFieldsAsync(
        string projectIdOrKey, string issueTypeId, CancellationToken cancellationToken = default)
    {
        var path = JiraCall.ApiPath("issue/createmeta/{0}/issuetypes/{1}",
            Guard.Text(projectIdOrKey, nameof(projectIdOrKey)), Guard.Text(issueTypeId, nameof(issueTypeId)));
        return JiraPaging.TotalAsync(_http,
            startAt => JiraCall.Get(path).Query("startAt", startAt).Query("maxResults", CreateMetaPageSize),
            Json.CreateMetaFieldsPage, page => (page.Fields, page.Total), f => f.FieldId,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, JiraFieldMeta>> GetEditFieldsAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(JiraCall.ApiPath("issue/{0}/editmeta", Guard.Text(issueIdOrKey, nameof(issueIdOrKey))));
        var response = await _http.SendAsync(call, Json.EditMetaResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Fields ?? new Dictionary<string, JiraFieldMeta>();
    }
}
