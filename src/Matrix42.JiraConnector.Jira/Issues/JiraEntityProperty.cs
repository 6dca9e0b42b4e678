using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira;

/// <summary>An entity property (key and JSON value) set on an issue or comment at creation.</summary>
public sealed record JiraEntityProperty
{
    /// <summary>The property key (at most 255 characters).</summary>
    public required string Key { get; init; }

    /// <summary>The JSON value (at most 32,768 characters when serialised).</summary>
    public required JsonNode Value { get; init; }
}
