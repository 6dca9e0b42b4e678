namespace Matrix42.JiraConnector.Jira;

/// <summary>Metadata that maps names to ids: fields, projects, issue types, statuses, resolutions, screens.</summary>
public interface IJiraMetadataOperations
{
    /// <summary>Lists all fields, system and custom, with their schema types.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fields.</returns>
    Task<IReadOnlyList<JiraField>> GetFieldsAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the projects the caller can see (<c>GET /rest/api/3/project/search</c>).</summary>
    /// <param name="keys">Project keys to restrict to; null or empty for all.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The projects.</returns>
    IAsyncEnumerable<JiraProject> GetProjectsAsync(
        IReadOnlyList<string>? keys = null, CancellationToken cancellationToken = default);

    /// <summary>Lists all issue types the caller can see.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The issue types.</returns>
    Task<IReadOnlyList<JiraIssueType>> GetIssueTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the statuses of all active workflows.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statuses.</returns>
    Task<IReadOnlyList<JiraStatus>> GetStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the resolutions (<c>GET /rest/api/3/resolution/search</c>).</summary>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The resolutions.</returns>
    IAsyncEnumerable<JiraResolution> GetResolutionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the issue types that can be created in a project.</summary>
    /// <param name="projectIdOrKey">The project id or key.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The issue types.</returns>
    IAsyncEnumerable<JiraIssueType> GetCreatableIssueTypesAsync(
        string projectIdOrKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the create-screen fields of a project and issue type, with whether each is required and its
    /// allowed values (the reliable source of priorities and select options).
    /// </summary>
    /// <param name="projectIdOrKey">The project id or key.</param>
    /// <param name="issueTypeId">The issue type id.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The fields.</returns>
    IAsyncEnumerable<JiraFieldMeta> GetCreateFieldsAsync(
        string projectIdOrKey, string issueTypeId, CancellationToken cancellationToken = default);

    /// <summary>Reads the edit-screen fields of an issue by field id.</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fields by field id.</returns>
    Task<IReadOnlyDictionary<string, JiraFieldMeta>> GetEditFieldsAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default);
}
