using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Configuration;

/// <summary>An in-memory Jira: a field list and a JQL "parser" that rejects queries containing a marker.</summary>
internal sealed class FakeJiraMetadataSource : IJiraMetadataSource
{
    public List<JiraField> Fields { get; } =
    [
        new JiraField
        {
            Id = "summary", Name = "Summary", Schema = new JiraFieldSchema { Type = "string", System = "summary" },
        },
        Field("customfield_10016", "Story Points", "number",
            custom: "com.atlassian.jira.plugin.system.customfieldtypes:float"),
        Field("customfield_10045", "Region", "option-with-child",
            custom: "com.atlassian.jira.plugin.system.customfieldtypes:cascadingselect"),
    ];

    public List<string> CheckedQueries { get; } = [];

    public bool FailFieldList { get; set; }

    public Task<IReadOnlyList<JiraField>> ListFieldsAsync(CancellationToken cancellationToken = default) =>
        FailFieldList
            ? throw new HttpRequestException("connection refused")
            : Task.FromResult<IReadOnlyList<JiraField>>(Fields);

    public Task<JqlCheckResult> CheckJqlAsync(string jql, CancellationToken cancellationToken = default)
    {
        CheckedQueries.Add(jql);
        return Task.FromResult(jql.Contains("BROKEN", StringComparison.Ordinal)
            ? new JqlCheckResult(["Error in the JQL Query: Expecting operator but got 'BROKEN'."])
            : JqlCheckResult.Valid);
    }
}
