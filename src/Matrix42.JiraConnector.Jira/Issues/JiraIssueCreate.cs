using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// An issue to create. <see cref="Fields"/> holds field ids and their JSON values as Jira expects them
/// (project, issue type and summary always; rich text as ADF objects from
/// <see cref="Adf.AdfText.FromPlainText(string?)"/>). Fields whose value is JSON null are left out of the
/// request, because Jira refuses null on create.
/// </summary>
public sealed record JiraIssueCreate
{
    /// <summary>The field values by field id; required.</summary>
    public required JsonObject Fields { get; init; }

    /// <summary>Update operations by field id (for example <c>{"labels":[{"add":"x"}]}</c>); default none.</summary>
    public JsonObject? Update { get; init; }

    /// <summary>Issue properties to set in the same call; default none.</summary>
    public IReadOnlyList<JiraEntityProperty>? Properties { get; init; }
}
