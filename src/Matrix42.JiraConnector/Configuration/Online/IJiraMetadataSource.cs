namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The Jira calls online validation needs: the field list and the JQL parser. Implemented over the Jira
/// client by the host, and by in-memory fakes in tests.
/// </summary>
public interface IJiraMetadataSource
{
    /// <summary>Lists every field of the site (<c>GET /rest/api/3/field</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fields.</returns>
    Task<IReadOnlyList<JiraFieldInfo>> ListFieldsAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks a query with Jira's parser (<c>POST /rest/api/3/jql/parse</c>).</summary>
    /// <param name="jql">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Jira's verdict.</returns>
    Task<JqlCheckResult> CheckJqlAsync(string jql, CancellationToken cancellationToken = default);
}
