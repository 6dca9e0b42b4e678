using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira.Wire;

// Request and response shapes that only the client sees. Kept together because each is a few lines
// and they mirror the REST payloads one to one.

internal sealed record SearchJqlBody(
    string Jql, string? NextPageToken, int MaxResults, IReadOnlyList<string> Fields, string? Expand,
    IReadOnlyList<string>? Properties, bool? FieldsByKeys, IReadOnlyList<long>? ReconcileIssues);

internal sealed record SearchJqlResponse(IReadOnlyList<JiraIssue>? Issues, string? NextPageToken, bool? IsLast);

internal sealed record JqlBody(string Jql);

internal sealed record CountResponse(long Count);

internal sealed record JqlQueriesBody(IReadOnlyList<string> Queries);

internal sealed record JqlParseResponse(IReadOnlyList<JqlParseResult>? Queries);

internal sealed record BulkFetchBody(IReadOnlyList<string> IssueIdsOrKeys, IReadOnlyList<string> Fields);

internal sealed record BulkFetchResponse(IReadOnlyList<JiraIssue>? Issues, IReadOnlyList<JiraIssueError>? IssueErrors);

internal sealed record IssueBody(JsonObject? Fields, JsonObject? Update, IReadOnlyList<JiraEntityProperty>? Properties);

internal sealed record BulkCreateBody(IReadOnlyList<IssueBody> IssueUpdates);

internal sealed record BulkCreateResponse(IReadOnlyList<JiraCreatedIssue>? Issues, IReadOnlyList<JiraBulkCreateError>? Errors);

internal sealed record TransitionsResponse(IReadOnlyList<JiraTransition>? Transitions);

internal sealed record TransitionRef(string Id);

internal sealed record TransitionBody(TransitionRef Transition, JsonObject? Fields, JsonObject? Update);

internal sealed record PropertyResponse(string? Key, JsonElement? Value);

internal sealed record PageBean<T>(IReadOnlyList<T>? Values, int? StartAt, int? MaxResults, long? Total, bool? IsLast, string? NextPage);

internal sealed record CommentPage(IReadOnlyList<JiraComment>? Comments, int? StartAt, int? MaxResults, long? Total);

internal sealed record CommentBody(JsonObject Body, JiraVisibility? Visibility, IReadOnlyList<JiraEntityProperty>? Properties);

internal sealed record AccountIdBody(string AccountId);

internal sealed record GroupNameBody(string Name);

internal sealed record CreateMetaIssueTypesPage(IReadOnlyList<JiraIssueType>? IssueTypes, int? StartAt, int? MaxResults, long? Total);

internal sealed record CreateMetaFieldsPage(IReadOnlyList<JiraFieldMeta>? Fields, int? StartAt, int? MaxResults, long? Total);

internal sealed record EditMetaResponse(IReadOnlyDictionary<string, JiraFieldMeta>? Fields);
