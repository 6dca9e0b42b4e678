using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Small, forgiving readers for request bodies.</summary>
internal static class EsmJsonRead
{
    /// <summary>A string property, or <see langword="null"/> when absent or not a string.</summary>
    public static string? Text(JsonObject item, string property) =>
        item[property] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>An id written as a string (the API's form) or a number, as text; else <see langword="null"/>.</summary>
    public static string? Id(JsonObject item, string property) =>
        item[property] is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
            ? v.ToString()
            : null;
}
