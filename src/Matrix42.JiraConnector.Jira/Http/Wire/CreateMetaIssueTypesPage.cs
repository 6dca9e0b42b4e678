namespace Matrix42.JiraConnector.Jira.Wire;

/// <summary>The JSON shape of a Jira request or response, as the client sends or reads it.</summary>
internal sealed record CreateMetaIssueTypesPage(
    IReadOnlyList<JiraIssueType>? IssueTypes,
    int? StartAt,
    int? MaxResults,
    long? Total);
