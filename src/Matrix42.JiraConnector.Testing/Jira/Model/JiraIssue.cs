using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>
/// An issue in compact form: the fields the fake reasons about are typed, everything else is kept as JSON
/// in <see cref="Extra"/> (allocated only when there is some), so large generated sites stay small.
/// </summary>
internal sealed class JiraIssue
{
    public required long Id { get; init; }

    public required string Key { get; set; }

    public required JiraProject Project { get; set; }

    public required JiraNamed IssueType { get; set; }

    public required JiraStatus Status { get; set; }

    public JiraNamed? Resolution { get; set; }

    public JiraNamed? Priority { get; set; }

    public string? AssigneeId { get; set; }

    public string? ReporterId { get; set; }

    /// <summary>Assignee or reporter as given in a seed document when they name no known account.</summary>
    public JsonNode? RawAssignee { get; set; }

    public JsonNode? RawReporter { get; set; }

    public string Summary { get; set; } = string.Empty;

    public JsonNode? Description { get; set; }

    public string[] Labels { get; set; } = [];

    public DateTimeOffset Created { get; set; }

    public DateTimeOffset Updated { get; set; }

    public DateTimeOffset? ResolutionDate { get; set; }

    /// <summary>Other fields (custom fields, due date, ...) by field id.</summary>
    public Dictionary<string, JsonNode?>? Extra { get; set; }

    public List<JiraComment>? Comments { get; set; }

    public List<JiraChange>? Changes { get; set; }

    public Dictionary<string, JsonNode?>? Properties { get; set; }

    /// <summary>Keys this issue had before it was moved; old keys still find it.</summary>
    public List<string>? FormerKeys { get; set; }

    /// <summary>When search starts to see the latest write; <see langword="null"/> when it already does.</summary>
    public DateTimeOffset? IndexedAt { get; set; }

    /// <summary>
    /// What search still shows while a change is not indexed yet (eventual consistency); <see langword="null"/>
    /// for an issue search has never seen.
    /// </summary>
    public JiraIssue? IndexedVersion { get; set; }

    public JsonNode? GetExtra(string fieldId) =>
        Extra is not null && Extra.TryGetValue(fieldId, out var value) ? value : null;
}
