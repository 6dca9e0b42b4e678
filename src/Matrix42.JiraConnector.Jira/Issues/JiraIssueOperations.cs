using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Issue calls.</summary>
internal sealed class JiraIssueOperations : IJiraIssueOperations
{
    private const int BulkFetchLimit = 100;
    private const int BulkCreateLimit = 50;
    private const int PropertyValueLimit = 32_768;
    private readonly JiraHttp _http;

    public JiraIssueOperations(JiraHttp http)
    {
        _http = http;
    }

    public Task<JiraIssue> GetAsync(
        string issueIdOrKey, IReadOnlyList<string>? fields = null, IReadOnlyList<string>? expand = null,
        CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(JiraCall.ApiPath("issue/{0}", Require(issueIdOrKey, nameof(issueIdOrKey))))
            .Query("fields", fields is { Count: > 0 } ? string.Join(',', fields) : null)
            .Query("expand", expand is { Count: > 0 } ? string.Join(',', expand) : null);
        return _http.SendAsync(call, JiraJsonContext.Wire.JiraIssue, cancellationToken);
    }

    public async Task<JiraBulkFetchResult> BulkFetchAsync(
        IReadOnlyList<string> issueIdsOrKeys, IReadOnlyList<string> fields, CancellationToken cancellationToken = default)
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
                .Json(new BulkFetchBody(batch, fields), JiraJsonContext.Wire.BulkFetchBody);
            var response = await _http.SendAsync(call, JiraJsonContext.Wire.BulkFetchResponse, cancellationToken).ConfigureAwait(false);
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
            .Json(ToBody(issue), JiraJsonContext.Wire.IssueBody);
        return _http.SendAsync(call, JiraJsonContext.Wire.JiraCreatedIssue, cancellationToken);
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
                .Json(new BulkCreateBody(batch), JiraJsonContext.Wire.BulkCreateBody);
            var response = await SendBulkCreateAsync(call, cancellationToken).ConfigureAwait(false);
            created.AddRange(response.Issues ?? []);
            errors.AddRange((response.Errors ?? []).Select(e => e with { FailedElementNumber = e.FailedElementNumber + offset }));
        }

        return new JiraBulkCreateResult { Issues = created, Errors = errors };
    }

    public Task UpdateAsync(
        string issueIdOrKey, JiraIssueUpdate update, bool notifyUsers = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var call = new JiraCall(HttpMethod.Put, JiraCall.ApiPath("issue/{0}", Require(issueIdOrKey, nameof(issueIdOrKey))),
                JiraCallKind.IdempotentWrite)
            .Query("notifyUsers", notifyUsers)
            .Json(new IssueBody(update.Fields, update.Update, update.Properties), JiraJsonContext.Wire.IssueBody);
        return _http.SendAsync(call, cancellationToken);
    }

    public Task DeleteAsync(string issueIdOrKey, bool deleteSubtasks = false, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Delete, JiraCall.ApiPath("issue/{0}", Require(issueIdOrKey, nameof(issueIdOrKey))),
                JiraCallKind.IdempotentWrite)
            .Query("deleteSubtasks", deleteSubtasks);
        return _http.SendAsync(call, cancellationToken);
    }

    public async Task<IReadOnlyList<JiraTransition>> GetTransitionsAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(JiraCall.ApiPath("issue/{0}/transitions", Require(issueIdOrKey, nameof(issueIdOrKey))))
            .Query("expand", "transitions.fields");
        var response = await _http.SendAsync(call, JiraJsonContext.Wire.TransitionsResponse, cancellationToken).ConfigureAwait(false);
        return response.Transitions ?? [];
    }

    public Task TransitionAsync(
        string issueIdOrKey, JiraTransitionRequest transition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var body = new TransitionBody(new TransitionRef(Require(transition.TransitionId, nameof(transition))),
            transition.Fields, transition.Update);
        var call = new JiraCall(HttpMethod.Post,
                JiraCall.ApiPath("issue/{0}/transitions", Require(issueIdOrKey, nameof(issueIdOrKey))), JiraCallKind.IdempotentWrite)
            .Json(body, JiraJsonContext.Wire.TransitionBody);
        return _http.SendAsync(call, cancellationToken);
    }

    public async Task<JsonElement?> GetPropertyAsync(
        string issueIdOrKey, string propertyKey, CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(JiraCall.ApiPath("issue/{0}/properties/{1}",
            Require(issueIdOrKey, nameof(issueIdOrKey)), Require(propertyKey, nameof(propertyKey))));
        using var response = await _http.SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await _http.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var property = await JiraHttp.ReadAsync(response, JiraJsonContext.Wire.PropertyResponse, cancellationToken).ConfigureAwait(false);
        return property.Value;
    }

    public async Task<bool> SetPropertyAsync(
        string issueIdOrKey, string propertyKey, JsonNode value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Require(propertyKey, nameof(propertyKey)).Length > 255)
        {
            throw new ArgumentException("An issue property key may have at most 255 characters.", nameof(propertyKey));
        }

        var call = new JiraCall(HttpMethod.Put, JiraCall.ApiPath("issue/{0}/properties/{1}",
                Require(issueIdOrKey, nameof(issueIdOrKey)), propertyKey), JiraCallKind.IdempotentWrite)
            .Json(value, JiraJsonContext.Wire.JsonNode);
        if (call.Body!.Length > PropertyValueLimit)
        {
            throw new ArgumentException("An issue property value may have at most 32,768 characters of JSON.", nameof(value));
        }

        return await _http.SendAsync(call, cancellationToken).ConfigureAwait(false) == HttpStatusCode.Created;
    }

    public IAsyncEnumerable<JiraChangelogEntry> GetChangelogAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var path = JiraCall.ApiPath("issue/{0}/changelog", Require(issueIdOrKey, nameof(issueIdOrKey)));
        return JiraPaging.EnvelopeAsync(_http,
            startAt => JiraCall.Get(path).Query("startAt", startAt).Query("maxResults", 100),
            JiraJsonContext.Wire.PageBeanJiraChangelogEntry, e => e.Id, cancellationToken);
    }

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
        return await JiraHttp.ReadAsync(response, JiraJsonContext.Wire.BulkCreateResponse, cancellationToken).ConfigureAwait(false);
    }

    private static BulkCreateResponse? TryReadBulkErrors(string body)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(body, JiraJsonContext.Wire.BulkCreateResponse);
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

    internal static string Require(string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
