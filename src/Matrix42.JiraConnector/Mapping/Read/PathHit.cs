using System.Text.Json;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>One value a path reached: a JSON element, or text taken out of a legacy sprint string.</summary>
internal readonly record struct PathHit(JsonElement Element, string? ExtractedText);
