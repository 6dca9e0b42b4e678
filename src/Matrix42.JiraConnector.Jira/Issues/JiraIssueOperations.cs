using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Issue calls: reads, creates, edits and deletes.</summary>
internal sealed partial class JiraIssueOperations : IJiraIssueOperations
{
    private const int BulkFetchLimit = 100;
    private const int BulkCreateLimit = 50;
    private readonly JiraHttp _http;

    public JiraIssueOperations(JiraHttp http)
    {
        _http = http;
    }

    private static JiraJsonContext Json => JiraJsonContext.Wire;

    public Task<JiraIssue> GetAsync(
        string issueIdOrKey, IReadOnlyList<string>? fields = null, IReadOnlyList<string>? expand = null,
        CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(IssuePath(issueIdOrKey))
            .Query("fields", fields is { Count: > 0 } ? string.Join(',', fields) : null)
            .Query("expand", expand is { Count: > 0 } ? string.Join(',', expand) : null);
        return _http.SendAsync(call, Json.JiraIssue, cancellationToken);
    }

    public async Task<JiraBulkFetchResult> BulkFetchAsync(
        IReadOnlyList<string> issueIdsOrKeys, IReadOnlyList<string> fields,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issueIdsOrKeys);
        if (fields is null || fields.Count == 0)
        {
            throw new ArgumentException("Bulk fetch needs the fields to return.", nameof(fields));
        }

        var issues = new List<JiraIssue>();
        var errors = new List<JiraIssueError>();
        foreach (var batch in issueIdsOrKeys.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(BulkFetchLimit))
        {
            var call = new JiraCall(HttpMethod.Post, "rest/api/3/issue/bulkfetch", JiraCallKind.Read)
                .Json(new BulkFetchBody(batch, fields), Json.BulkFetchBody);
            var response = await _http.SendAsync(call, Json.BulkFetchResponse, cancellationToken).ConfigureAwait(false);
            issues.AddRange(response.Issues ?? []);
            errors.AddRange(response.IssueErrors ?? []);
        }

        if (errors.Count > 0)
        {
            JiraLog.BulkFetchErrors(_http.Logger, errors.Count);
        }

        return new JiraBulkFetchResult { Issues = issues, IssueErrors = errors };
    }

    public Task<JiraCreatedIssue> CreateAsync(JiraIssueCreate issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var call = new JiraCall(HttpMethod.Post, "rest/api/3/issue", JiraCallKind.CreatingWrite)
            .Json(ToBody(issue), Json.IssueBody);
        return _http.SendAsync(call, Json.JiraCreatedIssue, cancellationToken);
    }

    public async Task<JiraBulkCreateResult> BulkCreateAsync(
        IReadOnlyList<JiraIssueCreate> issues, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var created = new List<JiraCreatedIssue>();
        var errors = new List<JiraBulkCreateError>();
        for (var offset = 0; offset < issues.Count; offset += BulkCreateLimit)
        {
            var batch = issues.Skip(offset).Take(BulkCreateLimit).Select(ToBody).ToList();
            var call = new JiraCall(HttpMethod.Post, "rest/api/3/issue/bulk", JiraCallKind.CreatingWrite)
                .Json(new BulkCreateBody(batch), Json.BulkCreateBody);
            var response = await SendBulkCreateAsync(call, cancellationToken).ConfigureAwait(false);
            created.AddRange(response.Issues ?? []);

            // Jira numbers failed elements within the call; callers need indexes into their own list.
            var shift = offset;
            errors.AddRange((response.Errors ?? []).Select(e => e with
            {
                FailedElementNumber = e.FailedElementNumber + shift,
            }));
        }

        return new JiraBulkCreateResult { Issues = created, Errors = errors };
    }

    public Task UpdateAsync(
        string issueIdOrKey, JiraIssueUpdate update, bool notifyUsers = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var call = new JiraCall(HttpMethod.Put, IssuePath(issueIdOrKey), JiraCallKind.IdempotentWrite)
            .Query("notifyUsers", notifyUsers)
            .Json(new IssueBody(update.Fields, update.Update, update.Properties), Json.IssueBody);
        return _http.SendAsync(call, cancellationToken);
    }

    public Task DeleteAsync(
        string issueIdOrKey, bool deleteSubtasks = false, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, IssuePath(issueIdOrKey), JiraCallKind.IdempotentWrite)
            .Query("deleteSubtasks", deleteSubtasks);
        return _http.SendAsync(call, cancellationToken);
    }

    /// <summary>The API path of an issue (or of something below it), with the id or key percent-encoded.</summary>
    private static string IssuePath(string issueIdOrKey, string suffix = "") =>
        JiraCall.ApiPath("issue/{0}" + suffix, Guard.Text(issueIdOrKey, nameof(issueIdOrKey)));

    private async Task<BulkCreateResponse> SendBulkCreateAsync(JiraCall call, CancellationToken cancellationToken)
    {
        using var response = await _http.SendRawAsync(call, cancellationToken).ConfigureAwait(false);

        // When every element fails Jira answers 400 with the same document: report it per element.
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (TryReadBulkErrors(body) is { } failed)
            {
                return failed;
            }

            throw await JiraErrorReader.CreateAsync(response, cancellationToken).ConfigureAwait(false);
        }

        await _http.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await JiraHttp.ReadAsync(response, Json.BulkCreateResponse, cancellationToken).ConfigureAwait(false);
    }

    private static BulkCreateResponse? TryReadBulkErrors(string body)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(body, Json.BulkCreateResponse);
            return parsed?.Errors is { Count: > 0 } ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Jira refuses JSON null on create (for example a description read back as null): leave such fields out.
    private static IssueBody ToBody(JiraIssueCreate issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(issue.Fields);
        var fields = new JsonObject();
        foreach (var (name, value) in issue.Fields)
        {
            if (value is not null)
            {
                fields[name] = value.DeepClone();
            }
        }

        return new IssueBody(fields, issue.Update, issue.Properties);
    }
}
