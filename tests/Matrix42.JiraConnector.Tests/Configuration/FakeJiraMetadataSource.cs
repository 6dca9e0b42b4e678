using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

/// <summary>An in-memory Jira: a field list and a JQL "parser" that rejects queries containing a marker.</summary>
internal sealed class FakeJiraMetadataSource : IJiraMetadataSource
{
    public List<JiraFieldInfo> Fields { get; } =
    [
        new("summary", "Summary", false, new JiraFieldSchema("string", System: "summary")),
        new("customfield_10016", "Story Points", true, new JiraFieldSchema("number",
            Custom: "com.atlassian.jira.plugin.system.customfieldtypes:float")),
        new("customfield_10045", "Region", true, new JiraFieldSchema("option-with-child",
            Custom: "com.atlassian.jira.plugin.system.customfieldtypes:cascadingselect")),
    ];

    public List<string> CheckedQueries { get; } = [];

    public bool FailFieldList { get; set; }

    public Task<IReadOnlyList<JiraFieldInfo>> ListFieldsAsync(CancellationToken cancellationToken = default) =>
        FailFieldList
            ? throw new HttpRequestException("connection refused")
            : Task.FromResult<IReadOnlyList<JiraFieldInfo>>(Fields);

    public Task<JqlCheckResult> CheckJqlAsync(string jql, CancellationToken cancellationToken = default)
    {
        CheckedQueries.Add(jql);
        return Task.FromResult(jql.Contains("BROKEN", StringComparison.Ordinal)
            ? new JqlCheckResult(["Error in the JQL Query: Expecting operator but got 'BROKEN'."])
            : JqlCheckResult.Valid);
    }
}
