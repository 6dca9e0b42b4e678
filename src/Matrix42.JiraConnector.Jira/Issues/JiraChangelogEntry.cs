using System.Text.Json.Serialization;
using Matrix42.JiraConnector.Jira.Dates;

namespace Matrix42.JiraConnector.Jira;

/// <summary>One changelog entry (a set of field changes made together). Entries run oldest first.</summary>
public sealed record JiraChangelogEntry
{
    private readonly IReadOnlyList<JiraChangeItem> _items = [];

    /// <summary>The entry id.</summary>
    public string? Id { get; init; }

    /// <summary>Who made the change; null for anonymous or automated changes.</summary>
    public JiraUser? Author { get; init; }

    /// <summary>When the change was made; null when unreadable.</summary>
    [JsonConverter(typeof(JiraLenientDateTimeOffsetConverter))]
    public DateTimeOffset? Created { get; init; }

    /// <summary>The field changes; default empty.</summary>
    public IReadOnlyList<JiraChangeItem> Items
    {
        get => _items;
        init => _items = value ?? [];
    }
}
