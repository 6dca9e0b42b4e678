using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Internal;
using Matrix42.JiraConnector.Jira.Adf;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Events;

/// <summary>
/// Compares a field value the activity would send with what Jira holds, so a value that is already there (for
/// instance because it came from Jira in the first place) is not sent back.
/// </summary>
internal static class FieldValues
{
    public static string Fingerprint(JsonNode? value) => value?.ToJsonString() ?? "null";

    public static JsonElement ToElement(JsonNode? value)
    {
        using var document = JsonDocument.Parse(Fingerprint(value));
        return document.RootElement.Clone();
    }

    public static bool Matches(JsonNode? ours, JsonElement? theirs) =>
        Matches(ToElement(ours), theirs ?? default);

    private static bool Matches(JsonElement ours, JsonElement theirs)
    {
        if (IsEmpty(ours) || IsEmpty(theirs))
        {
            return IsEmpty(ours) && IsEmpty(theirs);
        }

        return ours.ValueKind switch
        {
            JsonValueKind.Object when IsDocument(ours) => theirs.ValueKind == JsonValueKind.Object &&
                                                          Text(AdfText.ToPlainText(ours)) ==
                                                          Text(AdfText.ToPlainText(theirs)),
            JsonValueKind.Object => theirs.ValueKind == JsonValueKind.Object && ours.EnumerateObject()
                .All(p => theirs.TryGetProperty(p.Name, out var other) && Matches(p.Value, other)),
            JsonValueKind.Array => theirs.ValueKind == JsonValueKind.Array &&
                                   ours.GetArrayLength() == theirs.GetArrayLength() &&
                                   ours.EnumerateArray().All(o => theirs.EnumerateArray().Any(t => Matches(o, t))),
            _ => Text(Scalar(ours)) == Text(Scalar(theirs)),
        };
    }

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => true,
        JsonValueKind.String => JsonText.TryGetString(value, out var text) && string.IsNullOrWhiteSpace(text),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static bool IsDocument(JsonElement value) =>
        value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String &&
        type.ValueEquals("doc"u8);

    // Jira's value may hold text that cannot be decoded; it then matches nothing we send, so ours is written.
    private static string Scalar(JsonElement value) =>
        (value.ValueKind == JsonValueKind.String
            ? JsonText.TryGetString(value, out var text)
            : JsonText.TryGetRawText(value, out text))
            ? text
            : "\uFFFD";

    private static string Text(string value) => value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
