using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Online validation's view of Jira, read through the Jira client: the site's field list and Jira's own
/// JQL parser (<c>POST /rest/api/3/jql/parse</c>, strict validation).
/// </summary>
/// <param name="jira">The client of the connector being validated.</param>
public sealed class JiraClientMetadataSource(IJiraClient jira) : IJiraMetadataSource
{
    private readonly IJiraClient _jira = jira ?? throw new ArgumentNullException(nameof(jira));

    /// <inheritdoc />
    public Task<IReadOnlyList<JiraField>> ListFieldsAsync(CancellationToken cancellationToken = default) =>
        _jira.Metadata.GetFieldsAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<JqlCheckResult> CheckJqlAsync(string jql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jql);
        var results = await _jira.Search.ParseAsync([jql], JqlValidation.Strict, cancellationToken)
            .ConfigureAwait(false);

        // One query was sent, so Jira answers with one result; anything else is reported, not ignored.
        return results.Count == 1
            ? results[0].Errors.Count == 0 ? JqlCheckResult.Valid : new JqlCheckResult(results[0].Errors)
            : new JqlCheckResult([$"Jira's parser answered {results.Count} results for one query."]);
    }
}
