using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The Jira calls online validation needs: the field list and the JQL parser. The host implements it over the
/// Jira client (<see cref="IJiraMetadataOperations.GetFieldsAsync"/> and the JQL parse endpoint); tests use
/// in-memory fakes.
/// </summary>
public interface IJiraMetadataSource
{
    /// <summary>Lists every field of the site (<c>GET /rest/api/3/field</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fields.</returns>
    Task<IReadOnlyList<JiraField>> ListFieldsAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks a query with Jira's parser (<c>POST /rest/api/3/jql/parse</c>).</summary>
    /// <param name="jql">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Jira's verdict.</returns>
    Task<JqlCheckResult> CheckJqlAsync(string jql, CancellationToken cancellationToken = default);
}
