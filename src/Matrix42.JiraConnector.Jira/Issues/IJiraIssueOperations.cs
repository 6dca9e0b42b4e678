using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Issue reads and writes, transitions, issue properties and the changelog.</summary>
public interface IJiraIssueOperations
{
    /// <summary>Reads one issue (<c>GET /rest/api/3/issue/{idOrKey}</c>).</summary>
    /// <param name="issueIdOrKey">The id or key; a moved issue answers under its current key.</param>
    /// <param name="fields">Field ids to return; null or empty returns all fields.</param>
    /// <param name="expand">Expansions; default none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="JiraApiException">404 when the issue is missing or hidden from the caller.</exception>
    Task<JiraIssue> GetAsync(
        string issueIdOrKey, IReadOnlyList<string>? fields = null, IReadOnlyList<string>? expand = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads many issues by id or key (<c>POST /rest/api/3/issue/bulkfetch</c>), in calls of at most 100.
    /// </summary>
    /// <param name="issueIdsOrKeys">The ids or keys.</param>
    /// <param name="fields">Field ids to return; required and non-empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The issues and the per-issue errors Jira reported.</returns>
    Task<JiraBulkFetchResult> BulkFetchAsync(
        IReadOnlyList<string> issueIdsOrKeys, IReadOnlyList<string> fields,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an issue. Never retried after an ambiguous failure (timeout, reset, 5xx): Jira has no
    /// idempotency key, so the caller must look the issue up before trying again.
    /// </summary>
    /// <param name="issue">The fields and properties.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new id and key.</returns>
    Task<JiraCreatedIssue> CreateAsync(JiraIssueCreate issue, CancellationToken cancellationToken = default);

    /// <summary>Creates issues in calls of at most 50 (<c>POST /rest/api/3/issue/bulk</c>).</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created issues and the failed elements (indexes into <paramref name="issues"/>).</returns>
    Task<JiraBulkCreateResult> BulkCreateAsync(
        IReadOnlyList<JiraIssueCreate> issues, CancellationToken cancellationToken = default);

    /// <summary>Edits an issue (<c>PUT /rest/api/3/issue/{idOrKey}</c>).</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="update">The changes.</param>
    /// <param name="notifyUsers">
    /// Whether watchers are notified; default <see langword="true"/>. Jira ignores <see langword="false"/>
    /// silently unless the caller administers the project.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Jira accepted the edit.</returns>
    Task UpdateAsync(
        string issueIdOrKey, JiraIssueUpdate update, bool notifyUsers = true,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes an issue.</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="deleteSubtasks">
    /// Whether subtasks are deleted too; default <see langword="false"/> (Jira then refuses issues with subtasks).
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the issue is deleted.</returns>
    Task DeleteAsync(string issueIdOrKey, bool deleteSubtasks = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the transitions available now, with their screen fields (<c>expand=transitions.fields</c>).
    /// </summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transitions; empty when the caller may not transition the issue.</returns>
    Task<IReadOnlyList<JiraTransition>> GetTransitionsAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default);

    /// <summary>Performs a transition, with values for its screen fields.</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="transition">The transition and field values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the issue moved.</returns>
    Task TransitionAsync(
        string issueIdOrKey, JiraTransitionRequest transition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves an issue to a target status the safe way: reads the transitions available now with their screen
    /// fields, picks the one leading to <paramref name="targetStatus"/> (ids differ per workflow, so never
    /// by a remembered id), sends only the given fields that are on that screen, and fails before calling
    /// Jira when a required screen field has no value.
    /// </summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="targetStatus">The target status name (case-insensitive) or id.</param>
    /// <param name="fields">Candidate field values, such as a resolution; those not on the screen are left out.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The transition that was performed.</returns>
    /// <exception cref="InvalidOperationException">
    /// No available transition leads to the status, or required screen fields have no value (all are named).
    /// </exception>
    Task<JiraTransition> TransitionToStatusAsync(
        string issueIdOrKey, string targetStatus, JsonObject? fields = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads an issue property.</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="propertyKey">The property key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The value, or null when the property is not set.</returns>
    Task<JsonElement?> GetPropertyAsync(
        string issueIdOrKey, string propertyKey, CancellationToken cancellationToken = default);

    /// <summary>Sets an issue property (at most 32,768 characters of JSON).</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="propertyKey">The property key (at most 255 characters).</param>
    /// <param name="value">The JSON value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// <see langword="true"/> when the property was created, <see langword="false"/> when it was updated.
    /// </returns>
    Task<bool> SetPropertyAsync(
        string issueIdOrKey, string propertyKey, JsonNode value, CancellationToken cancellationToken = default);

    /// <summary>Streams the whole changelog of an issue, oldest first.</summary>
    /// <param name="issueIdOrKey">The id or key.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The changelog entries.</returns>
    IAsyncEnumerable<JiraChangelogEntry> GetChangelogAsync(
        string issueIdOrKey, CancellationToken cancellationToken = default);
}
