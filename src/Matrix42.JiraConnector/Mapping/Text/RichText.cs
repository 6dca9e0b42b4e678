using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Adf;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The seam between mapping and the Atlassian Document Format, through the Jira client's <see cref="AdfText"/>:
/// ADF to plain text for reads, plain text to ADF for writes.
/// </summary>
internal static class RichText
{
    public static bool IsAdfDocument(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type"u8, out var type) &&
        type.ValueKind == JsonValueKind.String && type.ValueEquals("doc"u8);

    public static string ToPlainText(JsonElement document) => AdfText.ToPlainText(document);

    public static bool TryToPlainText(JsonElement document, out string text) =>
        AdfText.TryToPlainText(document, out text);

    public static JsonObject FromPlainText(string text) => AdfText.FromPlainText(text);
}
