using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira.Wire;

/// <summary>The JSON shape of a Jira request or response, as the client sends or reads it.</summary>
internal sealed record CommentBody(
    JsonObject Body,
    JiraVisibility? Visibility,
    IReadOnlyList<JiraEntityProperty>? Properties);
