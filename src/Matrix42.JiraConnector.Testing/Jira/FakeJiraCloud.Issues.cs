using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Seeding and changing issues, comments and issue properties.</summary>
public sealed partial class FakeJiraCloud
{
    /// <summary>The number of issues.</summary>
    public int IssueCount => Locked(() => _site.Issues.Count);

    /// <summary>
    /// Adds an issue. <paramref name="fields"/> takes Jira's field shapes and, unlike the REST API, also
    /// read-only fields (<c>status</c>, <c>created</c>, <c>updated</c>, <c>resolutiondate</c>) and fields the site
    /// does not know yet (they are added), so tests can seed any state.
    /// </summary>
    /// <param name="projectKey">The project key; the project must exist (see <see cref="AddProject"/>).</param>
    /// <param name="summary">The summary.</param>
    /// <param name="fields">More fields by id, or <see langword="null"/>.</param>
    /// <param name="reporterAccountId">The reporter, or <see langword="null"/>.</param>
    /// <returns>The issue key.</returns>
    public string AddIssue(
        string projectKey, string summary, JsonObject? fields = null, string? reporterAccountId = null)
    {
        ArgumentNullException.ThrowIfNull(projectKey);
        var all = (JsonObject?)fields?.DeepClone() ?? [];
        all["project"] = new JsonObject { ["key"] = projectKey };
        all["summary"] = summary;
        return Locked(() => _site.CreateIssue(all, reporterAccountId, lenient: true).Key);
    }

    /// <summary>Changes fields of an issue as a user would, recording a changelog entry and bumping
    /// <c>updated</c>.</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    /// <param name="fields">The fields to set, in Jira's shapes (read-only fields allowed, as for
    /// <see cref="AddIssue"/>).</param>
    /// <param name="authorAccountId">Who made the change, or <see langword="null"/>.</param>
    public void EditIssue(string issueIdOrKey, JsonObject fields, string? authorAccountId = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Locked(() => _site.EditIssue(Issue(issueIdOrKey), fields, authorAccountId, lenient: true));
    }

    /// <summary>Moves an issue to another project: it gets a new key there, keeps its id, and its old key
    /// still finds it.</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    /// <param name="projectKey">The target project key.</param>
    /// <returns>The new key.</returns>
    public string MoveIssue(string issueIdOrKey, string projectKey) => Locked(() =>
        _site.MoveIssue(Issue(issueIdOrKey), _site.FindProject(projectKey)
            ?? throw new JiraError($"Project '{projectKey}' does not exist."), null));

    /// <summary>Deletes an issue.</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    public void DeleteIssue(string issueIdOrKey) => Locked(() => _site.DeleteIssue(Issue(issueIdOrKey)));

    /// <summary>Adds a plain-text comment (stored as an ADF document, one paragraph per line).</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    /// <param name="text">The text.</param>
    /// <param name="authorAccountId">The author, or <see langword="null"/>.</param>
    /// <param name="visibilityGroup">A group name the comment is restricted to, or <see langword="null"/> for
    /// everyone.</param>
    /// <param name="jsdPublic">Whether the comment is public to service-desk customers; default true.</param>
    /// <returns>The comment id.</returns>
    public string AddComment(
        string issueIdOrKey, string text, string? authorAccountId = null, string? visibilityGroup = null,
        bool jsdPublic = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AddDocumentComment(issueIdOrKey, AdfText.FromText(text), authorAccountId, visibilityGroup, jsdPublic);
    }

    /// <summary>Adds a comment with a body in Atlassian Document Format (or any JSON, to seed odd data).</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    /// <param name="body">The body.</param>
    /// <param name="authorAccountId">The author, or <see langword="null"/>.</param>
    /// <param name="visibilityGroup">A group name the comment is restricted to, or <see langword="null"/> for
    /// everyone.</param>
    /// <param name="jsdPublic">Whether the comment is public to service-desk customers; default true.</param>
    /// <returns>The comment id.</returns>
    public string AddDocumentComment(
        string issueIdOrKey, JsonNode body, string? authorAccountId = null, string? visibilityGroup = null,
        bool jsdPublic = true)
    {
        ArgumentNullException.ThrowIfNull(body);
        (string, string)? visibility = visibilityGroup is null ? null : ("group", visibilityGroup);
        return Locked(() =>
            JiraSite.IdText(_site.AddComment(Issue(issueIdOrKey), body, authorAccountId, visibility, jsdPublic).Id));
    }

    /// <summary>Sets an issue property.</summary>
    /// <param name="issueIdOrKey">The issue id or key.</param>
    /// <param name="key">The property key.</param>
    /// <param name="value">The JSON value.</param>
    public void SetIssueProperty(string issueIdOrKey, string key, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Locked(() =>
            (Issue(issueIdOrKey).Properties ??= new Dictionary<string, JsonNode?>(
            StringComparer.Ordinal))[key] = value?.DeepClone());
    }

    /// <summary>
    /// The issue as <c>GET /rest/api/3/issue/{key}</c> returns it to an administrator in UTC (all fields,
    /// changelog and properties), or <see langword="null"/> when there is no such issue.
    /// </summary>
    /// <param name="issueIdOrKey">The issue id, key, or a former key.</param>
    /// <returns>The issue JSON, or <see langword="null"/>.</returns>
    public JsonObject? GetIssue(string issueIdOrKey) => Locked(() =>
    {
        var issue = _site.FindIssue(issueIdOrKey);
        if (issue is null)
        {
            return null;
        }

        var renderer = new JiraRenderer(_site, SiteUrl.GetLeftPart(UriPartial.Authority), TimeZoneInfo.Utc);
        var expand = new HashSet<string>(StringComparer.Ordinal) { "changelog" };
        return renderer.Issue(issue, FieldSelection.Parse(null, defaultAll: true), expand, issue.Properties?.Keys);
    });

    /// <summary>Lets search see every write made so far, as if the index had caught up.</summary>
    public void ReconcileSearch() => Locked(() =>
    {
        foreach (var issue in _site.Issues.Values)
        {
            issue.IndexedAt = null;
        }
    });

    private JiraIssue Issue(string issueIdOrKey) => _site.FindIssue(issueIdOrKey) ?? throw JiraError.IssueNotFound();
}
