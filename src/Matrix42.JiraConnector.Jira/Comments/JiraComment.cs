using System.Text.Json;
using System.Text.Json.Serialization;
using Matrix42.JiraConnector.Jira.Adf;
using Matrix42.JiraConnector.Jira.Dates;

namespace Matrix42.JiraConnector.Jira;

/// <summary>A comment on an issue.</summary>
public sealed record JiraComment
{
    /// <summary>The comment id.</summary>
    public string? Id { get; init; }

    /// <summary>The comment's REST URL.</summary>
    public string? Self { get; init; }

    /// <summary>The author; <see cref="JiraUser.Id"/> gives the account id (or the Server user name).</summary>
    public JiraUser? Author { get; init; }

    /// <summary>Who last edited the comment.</summary>
    public JiraUser? UpdateAuthor { get; init; }

    /// <summary>The body: an ADF object on v3, a string on v2 and some webhooks; null when absent.</summary>
    public JsonElement? Body { get; init; }

    /// <summary>When the comment was created; null when unreadable.</summary>
    [JsonConverter(typeof(JiraLenientDateTimeOffsetConverter))]
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the comment was last edited; null when unreadable.</summary>
    [JsonConverter(typeof(JiraLenientDateTimeOffsetConverter))]
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The role or group restriction; null when everyone who sees the issue sees the comment.</summary>
    public JiraVisibility? Visibility { get; init; }

    /// <summary>
    /// Jira Service Management: whether customers see the comment (read-only; true for comments made
    /// outside JSM); null when Jira sent nothing.
    /// </summary>
    public bool? JsdPublic { get; init; }

    /// <summary>The body as plain text (ADF rendered, strings kept); empty when there is no body.</summary>
    [JsonIgnore]
    public string BodyText => Body is { } body ? AdfText.ToPlainText(body) : string.Empty;
}
