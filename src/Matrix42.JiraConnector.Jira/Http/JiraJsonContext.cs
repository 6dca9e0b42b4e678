using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Source-generated JSON metadata for every payload. Property names are camelCase, nulls are left out of
/// requests, numbers may arrive as strings, and text is written without HTML escaping (Jira stores what
/// it receives).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(SearchJqlBody))]
[JsonSerializable(typeof(SearchJqlResponse))]
[JsonSerializable(typeof(JqlBody))]
[JsonSerializable(typeof(CountResponse))]
[JsonSerializable(typeof(JqlQueriesBody))]
[JsonSerializable(typeof(JqlParseResponse))]
[JsonSerializable(typeof(BulkFetchBody))]
[JsonSerializable(typeof(BulkFetchResponse))]
[JsonSerializable(typeof(IssueBody))]
[JsonSerializable(typeof(BulkCreateBody))]
[JsonSerializable(typeof(BulkCreateResponse))]
[JsonSerializable(typeof(TransitionsResponse))]
[JsonSerializable(typeof(TransitionBody))]
[JsonSerializable(typeof(PropertyResponse))]
[JsonSerializable(typeof(PageBean<JiraGroup>))]
[JsonSerializable(typeof(PageBean<JiraUser>))]
[JsonSerializable(typeof(PageBean<JiraProject>))]
[JsonSerializable(typeof(PageBean<JiraResolution>))]
[JsonSerializable(typeof(PageBean<JiraChangelogEntry>))]
[JsonSerializable(typeof(CommentPage))]
[JsonSerializable(typeof(CommentBody))]
[JsonSerializable(typeof(AccountIdBody))]
[JsonSerializable(typeof(GroupNameBody))]
[JsonSerializable(typeof(CreateMetaIssueTypesPage))]
[JsonSerializable(typeof(CreateMetaFieldsPage))]
[JsonSerializable(typeof(EditMetaResponse))]
[JsonSerializable(typeof(JiraIssue))]
[JsonSerializable(typeof(JiraCreatedIssue))]
[JsonSerializable(typeof(JiraComment))]
[JsonSerializable(typeof(JiraUser))]
[JsonSerializable(typeof(List<JiraUser>))]
[JsonSerializable(typeof(JiraUserCreate))]
[JsonSerializable(typeof(JiraGroup))]
[JsonSerializable(typeof(List<JiraField>))]
[JsonSerializable(typeof(List<JiraIssueType>))]
[JsonSerializable(typeof(List<JiraStatus>))]
[JsonSerializable(typeof(JiraServerInfo))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class JiraJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The instance the client uses (relaxed escaping, so <c>&lt;b&gt;&amp;</c> reaches Jira as typed).
    /// </summary>
    public static JiraJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
