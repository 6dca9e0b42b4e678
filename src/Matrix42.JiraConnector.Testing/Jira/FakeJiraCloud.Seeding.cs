using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Seeding;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Seeding from JSON documents in Jira's own response shapes.</summary>
public sealed partial class FakeJiraCloud
{
    /// <summary>
    /// Seeds the site from a document as Jira returns it: an issue, a search page (<c>issues</c>), a user or
    /// a user list (bare array), a group list or member page (<c>values</c>), a comment page (<c>comments</c>)
    /// or a transition list (<c>transitions</c>). Accounts, projects, statuses, issue types and fields that the
    /// document names are added as needed; ids given in the document are kept.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="issueIdOrKey">For a comment page: the issue to add the comments to; default the issue
    /// their <c>self</c> links name.</param>
    /// <exception cref="ArgumentException">The text is not JSON.</exception>
    /// <exception cref="InvalidOperationException">The document is not in a shape the site can seed from.</exception>
    public void Seed(string json, string? issueIdOrKey = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode document;
        try
        {
            document = JsonNode.Parse(json) ?? throw new ArgumentException("The seed document is null.", nameof(json));
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The seed document is not valid JSON: " + e.Message, nameof(json), e);
        }

        Locked(() => new JiraSeeder(_site).Seed(document, issueIdOrKey));
    }

    /// <summary>Seeds the site from a JSON file; see <see cref="Seed(string, string?)"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="issueIdOrKey">For a comment page: the issue to add the comments to.</param>
    public void SeedFile(string path, string? issueIdOrKey = null) => Seed(File.ReadAllText(path), issueIdOrKey);
}
