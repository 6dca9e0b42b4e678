using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Jira;

/// <summary>One field change inside a changelog entry.</summary>
public sealed record JiraChangeItem
{
    /// <summary>The field name.</summary>
    public string? Field { get; init; }

    /// <summary>The field id.</summary>
    public string? FieldId { get; init; }

    /// <summary><c>jira</c> or <c>custom</c>.</summary>
    public string? FieldType { get; init; }

    /// <summary>The old value (ids for references).</summary>
    public string? From { get; init; }

    /// <summary>The old value as text (Jira's <c>fromString</c>).</summary>
    [JsonPropertyName("fromString")]
    public string? FromText { get; init; }

    /// <summary>The new value (ids for references).</summary>
    public string? To { get; init; }

    /// <summary>The new value as text (Jira's <c>toString</c>).</summary>
    [JsonPropertyName("toString")]
    public string? ToText { get; init; }
}
