using System.Globalization;
using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Lenient accessors for ESM JSON: a missing or differently typed property reads as null.</summary>
internal static class EsmJsonElements
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? String(this JsonElement element, string name) => AsText(element.Property(name));

    // Ids arrive as JSON strings but older shapes used numbers; both read as text.
    public static string? AsText(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static bool Bool(this JsonElement element, string name) => element.Property(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.String } text =>
            string.Equals(text.GetString(), "true", StringComparison.OrdinalIgnoreCase),
        { ValueKind: JsonValueKind.Number } number => number.TryGetInt32(out var n) && n != 0,
        _ => false,
    };

    public static int Int(this JsonElement element, string name) =>
        element.Property(name) is { } value &&
        ((value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)) ||
         int.TryParse(AsText(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out n))
            ? n
            : 0;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static IEnumerable<JsonProperty> Object(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Object } obj ? obj.EnumerateObject() : [];
}
