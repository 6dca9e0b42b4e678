using System.Text.Json;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// What a screen (create, edit or transition) says about one field: whether it is required and which
/// values are allowed. Priorities and select options are read from here.
/// </summary>
public sealed record JiraFieldMeta
{
    private readonly IReadOnlyList<string> _operations = [];
    private readonly IReadOnlyList<JsonElement> _allowedValues = [];

    /// <summary>The field id (on create metadata).</summary>
    public string? FieldId { get; init; }

    /// <summary>The field key.</summary>
    public string? Key { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether a value must be given.</summary>
    public bool Required { get; init; }

    /// <summary>Whether Jira fills a default when no value is given.</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>The operations allowed, such as <c>set</c>, <c>add</c>; default empty.</summary>
    public IReadOnlyList<string> Operations
    {
        get => _operations;
        init => _operations = value ?? [];
    }

    /// <summary>The schema.</summary>
    public JiraFieldSchema? Schema { get; init; }

    /// <summary>The allowed values as raw JSON (objects with id/name/value, or plain strings); default empty.</summary>
    public IReadOnlyList<JsonElement> AllowedValues
    {
        get => _allowedValues;
        init => _allowedValues = value ?? [];
    }

    /// <summary>The default value as raw JSON; null when none.</summary>
    public JsonElement? DefaultValue { get; init; }
}
