using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The seam between mapping and the Atlassian Document Format: ADF to plain text for reads, plain text to ADF
/// for writes. Kept small and internal so a fuller converter can replace it without touching the engine.
/// </summary>
internal static class RichText
{
    public static bool IsAdfDocument(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type"u8, out var type) &&
        type.ValueEquals("doc"u8);

    public static string ToPlainText(JsonElement document)
    {
        var builder = new StringBuilder();
        AppendNode(builder, document);
        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>Blank lines separate paragraphs; a single line break becomes a hard break.</summary>
    public static JsonObject FromPlainText(string text)
    {
        var paragraphs = new JsonArray();
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var block in normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var inline = new JsonArray();
            foreach (var line in block.Split('\n'))
            {
                if (inline.Count > 0)
                {
                    inline.Add(new JsonObject { ["type"] = "hardBreak" });
                }

                if (line.Length > 0)
                {
                    inline.Add(new JsonObject { ["type"] = "text", ["text"] = line });
                }
            }

            if (inline.Count > 0)
            {
                paragraphs.Add(new JsonObject { ["type"] = "paragraph", ["content"] = inline });
            }
        }

        return new JsonObject { ["type"] = "doc", ["version"] = 1, ["content"] = paragraphs };
    }

    private static void AppendNode(StringBuilder builder, JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var type = node.TryGetProperty("type"u8, out var typeElement) ? typeElement.GetString() : null;
        switch (type)
        {
            case "text":
                builder.Append(node.TryGetProperty("text"u8, out var text) ? text.GetString() : null);
                return;
            case "hardBreak":
                builder.Append('\n');
                return;
            case "mention" or "emoji" or "status":
                builder.Append(Attribute(node, "text") ?? Attribute(node, "shortName"));
                return;
            case "inlineCard" or "blockCard" or "embedCard":
                builder.Append(Attribute(node, "url"));
                return;
            case "date":
                builder.Append(FormatTimestamp(Attribute(node, "timestamp")));
                return;
        }

        if (node.TryGetProperty("content"u8, out var content) && content.ValueKind == JsonValueKind.Array)
        {
            var first = true;
            foreach (var child in content.EnumerateArray())
            {
                if (!first && type is "tableRow")
                {
                    builder.Append('\t');
                }

                AppendNode(builder, child);
                first = false;
            }
        }

        // Block nodes end their line, so paragraphs, list items and rows do not run together.
        if (type is not (null or "doc" or "tableCell" or "tableHeader") && (builder.Length == 0 || builder[^1] != '\n'))
        {
            builder.Append('\n');
        }
    }

    private static string? Attribute(JsonElement node, string name) =>
        node.TryGetProperty("attrs"u8, out var attrs) && attrs.ValueKind == JsonValueKind.Object &&
        attrs.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static string? FormatTimestamp(string? milliseconds) =>
        long.TryParse(milliseconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : milliseconds;
}
