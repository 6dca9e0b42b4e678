using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Issue calls: transitions, issue properties and the changelog.</summary>
internal sealed partial class JiraIssueOperations
{
    private const int PropertyKeyLimit = 255;
    private const int PropertyValueLimit = 32_768;
    private const int ChangelogPageSize = 100;

    public async Task<IReadOnlyList<JiraTransition>> GetTransitionsAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(IssuePath(issueIdOrKey, "/transitions")).Query("expand", "transitions.fields");
        var response = await _http.SendAsync(call, Json.TransitionsResponse, cancellationToken).ConfigureAwait(false);
        return response.Transitions ?? [];
    }

    public Task TransitionAsync(
        string issueIdOrKey, JiraTransitionRequest transition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var id = Guard.Text(transition.TransitionId, nameof(transition));
        var body = new TransitionBody(new TransitionRef(id), transition.Fields, transition.Update);
        var call = new JiraCall(HttpMethod.Post, IssuePath(issueIdOrKey, "/transitions"), JiraCallKind.IdempotentWrite)
            .Json(body, Json.TransitionBody);
        return _http.SendAsync(call, cancellationToken);
    }

    public async Task<JsonElement?> GetPropertyAsync(
        string issueIdOrKey, string propertyKey, CancellationToken cancellationToken = default)
    {
        var call = JiraCall.Get(PropertyPath(issueIdOrKey, propertyKey));
        using var response = await _http.SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await _http.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var property = await JiraHttp.ReadAsync(response, Json.PropertyResponse, cancellationToken)
            .ConfigureAwait(false);
        return property.Value;
    }

    public async Task<bool> SetPropertyAsync(
        string issueIdOrKey, string propertyKey, JsonNode value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Guard.Text(propertyKey, nameof(propertyKey)).Length > PropertyKeyLimit)
        {
            throw new ArgumentException("An issue property key may have at most 255 characters.", nameof(propertyKey));
        }

        var call = new JiraCall(HttpMethod.Put, PropertyPath(issueIdOrKey, propertyKey), JiraCallKind.IdempotentWrite)
            .Json(value, Json.JsonNode);
        if (call.Body!.Length > PropertyValueLimit)
        {
            throw new ArgumentException("An issue property value may have at most 32,768 characters of JSON.",
                nameof(value));
        }

        // 201 means the property is new, 200 that it replaced an earlier value.
        var status = await _http.SendAsync(call, cancellationToken).ConfigureAwait(false);
        return status == HttpStatusCode.Created;
    }

    public IAsyncEnumerable<JiraChangelogEntry> GetChangelogAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default)
    {
        var path = IssuePath(issueIdOrKey, "/changelog");
        return JiraPaging.EnvelopeAsync(_http,
            startAt => JiraCall.Get(path).Query("startAt", startAt).Query("maxResults", ChangelogPageSize),
            Json.PageBeanJiraChangelogEntry, e => e.Id, cancellationToken);
    }

    private static string PropertyPath(string issueIdOrKey, string propertyKey) =>
        JiraCall.ApiPath("issue/{0}/properties/{1}",
            Guard.Text(issueIdOrKey, nameof(issueIdOrKey)), Guard.Text(propertyKey, nameof(propertyKey)));
}
