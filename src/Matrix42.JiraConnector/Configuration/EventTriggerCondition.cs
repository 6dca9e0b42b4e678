using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>One condition of a configured ESM trigger: an attribute of the card equals a text.</summary>
public sealed class EventTriggerCondition
{
    /// <summary>The attribute code (ASCII letters, digits and '_').</summary>
    /// <value>No default; required.</value>
    public string? Attribute { get; set; }

    /// <summary>The text the attribute must equal (for a static value, its display text); written as
    /// <c>equals</c>.</summary>
    /// <value>No default; required. Quotes, backslashes, '$' and control characters are refused.</value>
    [JsonPropertyName("equals")]
    [ConfigurationKeyName("equals")]
    public string? EqualTo { get; set; }
}
