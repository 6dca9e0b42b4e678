using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira.Adf;

/// <summary>
/// Converts between plain text and the Atlassian Document Format (ADF) that Jira Cloud REST v3 uses
/// for descriptions, comment bodies and text-area custom fields.
/// </summary>
public static class AdfText
{
    /// <summary>
    /// Builds an ADF document from plain text. Blank lines separate paragraphs; a single line break
    /// becomes a <c>hardBreak</c>. Empty text nodes are never produced, because Jira rejects them.
    /// </summary>
    /// <param name="text">The text; <see langword="null"/> or empty gives a document without content.</param>
    /// <returns>A new <c>{"type":"doc","version":1,...}</c> object, ready to be sent as a JSON object.</returns>
    public static JsonObject FromPlainText(string? text)
    {
        var content = new JsonArray();
        foreach (var paragraph in SplitParagraphs(text ?? string.Empty))
        {
            content.Add(BuildParagraph(paragraph));
        }

        return new JsonObject
        {
            ["type"] = "doc",
            ["version"] = 1,
            ["content"] = content,
        };
    }

    /// <summary>
    /// Renders an ADF document (or a plain JSON string, as Jira v2 and webhooks may send) as plain
    /// text. Every node kind is handled; unknown nodes fall back to their text or children and never
    /// throw. Media is skipped.
    /// </summary>
    /// <param name="adf">The ADF node, a JSON string, or null/undefined.</param>
    /// <returns>The text; empty for null, undefined or an empty document.</returns>
    public static string ToPlainText(JsonElement adf) => AdfRenderer.Render(adf);

    /// <summary>
    /// Renders like <see cref="ToPlainText"/> and reports whether every string in the document could be decoded. A
    /// document parsed by the caller (<see cref="JsonDocument"/> does not check string contents) may hold invalid
    /// UTF-8; such a string renders as U+FFFD and this method returns <see langword="false"/>.
    /// </summary>
    /// <param name="adf">The ADF node, a JSON string, or null/undefined.</param>
    /// <param name="text">The text, with U+FFFD for each string that could not be decoded.</param>
    /// <returns>Whether every string could be decoded.</returns>
    public static bool TryToPlainText(JsonElement adf, out string text) => AdfRenderer.TryRender(adf, out text);

    /// <summary>Lists the mentions in an ADF document in document order, keeping each account id.</summary>
    /// <param name="adf">The ADF node.</param>
    /// <returns>The mentions; empty when there are none or the value is not ADF.</returns>
    public static IReadOnlyList<AdfMention> GetMentions(JsonElement adf)
    {
        var mentions = new List<AdfMention>();
        CollectMentions(adf, mentions, depth: 0);
        return mentions;
    }

    private static IEnumerable<string> SplitParagraphs(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return string.Join('\n', current);
                    current.Clear();
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return string.Join('\n', current);
        }
    }

    private static JsonObject BuildParagraph(string paragraph)
    {
        var inline = new JsonArray();
        var lines = paragraph.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                inline.Add(new JsonObject { ["type"] = "hardBreak" });
            }

            inline.Add(new JsonObject { ["type"] = "text", ["text"] = lines[i] });
        }

        return new JsonObject { ["type"] = "paragraph", ["content"] = inline };
    }

    private static void CollectMentions(JsonElement node, List<AdfMention> mentions, int depth)
    {
        if (node.ValueKind != JsonValueKind.Object || depth > AdfRenderer.MaxDepth)
        {
            return;
        }

        if (AdfRenderer.TypeOf(node) == "mention" && node.TryGetProperty("attrs", out var attrs) &&
            attrs.ValueKind == JsonValueKind.Object)
        {
            var id = AdfRenderer.StringProperty(attrs, "id");
            if (!string.IsNullOrEmpty(id))
            {
                mentions.Add(new AdfMention(id, AdfRenderer.StringProperty(attrs, "text")));
            }
        }

        if (node.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in content.EnumerateArray())
            {
                CollectMentions(child, mentions, depth + 1);
            }
        }
    }
}
