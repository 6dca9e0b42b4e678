namespace Matrix42.JiraConnector.Jira.Wire;

/// <summary>The JSON shape of a Jira request or response, as the client sends or reads it.</summary>
internal sealed record EditMetaResponse(IReadOnlyDictionary<string, JiraFieldMeta>? Fields);
