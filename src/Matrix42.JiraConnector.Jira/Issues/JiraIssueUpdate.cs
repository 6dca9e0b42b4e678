using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Changes to an existing issue (<c>PUT /rest/api/3/issue/{idOrKey}</c>). A field may appear in
/// <see cref="Fields"/> or in <see cref="Update"/>, not in both. JSON null in <see cref="Fields"/> clears
/// the field.
/// </summary>
public sealed record JiraIssueUpdate
{
    /// <summary>New field values by field id; default none.</summary>
    public JsonObject? Fields { get; init; }

    /// <summary>Update operations by field id (<c>add</c>, <c>remove</c>, <c>set</c>); default none.</summary>
    public JsonObject? Update { get; init; }

    /// <summary>Issue properties to set in the same call; default none.</summary>
    public IReadOnlyList<JiraEntityProperty>? Properties { get; init; }
}
