using System.Runtime.CompilerServices;
using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Search on <c>POST /rest/api/3/search/jql</c> with token paging.</summary>
internal sealed class JiraSearchOperations : IJiraSearchOperations
{
    private const string SearchPath = "rest/api/3/search/jql";
    private static readonly string[] StampFields = ["updated"];
    private readonly JiraHttp _http;

    public JiraSearchOperations(JiraHttp http)
    {
        _http = http;
    }

    private static JiraJsonContext Json => JiraJsonContext.Wire;

    public async IAsyncEnumerable<JiraIssue> SearchAsync(
        JiraSearchRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in SearchPagesAsync(request, null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var issue in page.Issues)
            {
                yield return issue;
            }
        }
    }

    public async IAsyncEnumerable<JiraSearchPage> SearchPagesAsync(
        JiraSearchRequest request, string? continuationToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Validate(request);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var token = string.IsNullOrEmpty(continuationToken) ? null : continuationToken;
        for (var pages = 1; ; pages++)
        {
            JiraPaging.CheckCap(_http, pages, SearchPath);
            if (token is not null && !seen.Add(token))
            {
                JiraLog.PagingAnomaly(_http.Logger, "/" + SearchPath, "the server repeated a nextPageToken");
                throw new JiraPagingException(
                    "Jira returned a nextPageToken it had already returned; paging stopped to avoid a loop. " +
                    "The result is incomplete.");
            }

            var page = await GetPageAsync(request, token, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.NextPageToken is null)
            {
                yield break;
            }

            token = page.NextPageToken;
        }
    }

    public async Task<JiraSearchPage> GetPageAsync(
        JiraSearchRequest request, string? nextPageToken = null, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var body = new SearchJqlBody(
            request.Jql, string.IsNullOrEmpty(nextPageToken) ? null : nextPageToken,
            request.MaxResults ?? _http.Options.SearchPageSize,
            request.Fields,
            request.Expand.Count == 0 ? null : string.Join(',', request.Expand),
            request.Properties.Count == 0 ? null : request.Properties,
            request.FieldsByKeys ? true : null,
            request.ReconcileIssues.Count == 0 ? null : request.ReconcileIssues);
        var call = new JiraCall(HttpMethod.Post, SearchPath, JiraCallKind.Read).Json(body, Json.SearchJqlBody);
        var response = await _http.SendAsync(call, Json.SearchJqlResponse, cancellationToken).ConfigureAwait(false);

        var issues = response.Issues ?? [];

        // The end is only where Jira says so: no token (absent, null, empty) or isLast. An empty page with a
        // token goes on (permission filtering can empty a page); repeated tokens and the cap stop loops.
        var last = response.IsLast == true || string.IsNullOrEmpty(response.NextPageToken);
        return new JiraSearchPage { Issues = issues, NextPageToken = last ? null : response.NextPageToken };
    }

    public async IAsyncEnumerable<JiraIssueStamp> SearchStampsAsync(
        string jql, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new JiraSearchRequest
        {
            Jql = jql,
            Fields = StampFields,
            MaxResults = JiraClientOptions.MaxSearchPageSize,
        };

        await foreach (var issue in SearchAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (issue.Id is { } id)
            {
                yield return new JiraIssueStamp(id, issue.Key, issue.Updated);
            }
        }
    }

    public async Task<long> CountApproximatelyAsync(string jql, CancellationToken cancellationToken = default)
    {
        RequireJql(jql);
        var call = new JiraCall(HttpMethod.Post, "rest/api/3/search/approximate-count", JiraCallKind.Read)
            .Json(new JqlBody(jql), Json.JqlBody);
        var response = await _http.SendAsync(call, Json.CountResponse, cancellationToken).ConfigureAwait(false);
        return response.Count;
    }

    public async Task<IReadOnlyList<JqlParseResult>> ParseAsync(
        IReadOnlyList<string> queries, JqlValidation validation = JqlValidation.Strict,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Count == 0 || queries.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one query is needed and none may be empty.", nameof(queries));
        }

        var call = new JiraCall(HttpMethod.Post, "rest/api/3/jql/parse", JiraCallKind.Read)
            .Query("validation", validation.ToString().ToLowerInvariant())
            .Json(new JqlQueriesBody(queries), Json.JqlQueriesBody);
        var response = await _http.SendAsync(call, Json.JqlParseResponse, cancellationToken).ConfigureAwait(false);
        return response.Queries ?? [];
    }

    private static void Validate(JiraSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireJql(request.Jql);
        if (request.Fields is null || request.Fields.Count == 0 || request.Fields.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException(
                "JiraSearchRequest.Fields must list the fields to return; the endpoint returns only ids otherwise.",
                nameof(request));
        }

        if (request.MaxResults is < 1 or > JiraClientOptions.MaxSearchPageSize)
        {
            throw new ArgumentException("JiraSearchRequest.MaxResults must be between 1 and 5000.", nameof(request));
        }
    }

    private static void RequireJql(string jql)
    {
        if (string.IsNullOrWhiteSpace(jql))
        {
            throw new ArgumentException(
                "The JQL is empty; Jira refuses unbounded searches, so none was sent.", nameof(jql));
        }
    }
}
