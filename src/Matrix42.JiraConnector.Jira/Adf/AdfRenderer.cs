using System.Globalization;
using System.Text;
using System.Text.Json;
using Matrix42.JiraConnector.Internal;

namespace Matrix42.JiraConnector.Jira.Adf;

/// <summary>
/// Renders ADF as plain text. Block nodes are separated by a blank line, list items by a line break
/// (indented by nesting level), table cells by <c>" | "</c>. Anything unexpected degrades to its
/// text instead of failing, because one odd comment must not stop a sync.
/// </summary>
internal static class AdfRenderer
{
    /// <summary>Documents nested deeper than this are cut off rather than risking a stack overflow.</summary>
    internal const int MaxDepth = 64;

    private static readonly HashSet<string> BlockTypes = new(StringComparer.Ordinal)
    {
        "paragraph", "heading", "blockquote", "codeBlock", "panel", "bulletList", "orderedList",
        "taskList", "decisionList", "table", "rule", "mediaSingle", "mediaGroup", "expand", "nestedExpand",
        "layoutSection", "layoutColumn", "blockCard", "embedCard", "bodiedExtension", "extension",
    };

    private static readonly HashSet<string> SkippedTypes = new(StringComparer.Ordinal)
    {
        "media", "mediaSingle", "mediaGroup", "mediaInline", "extension", "inlineExtension",
    };

    /// <summary>Set while rendering when a string held text that cannot be decoded.</summary>
    [ThreadStatic]
    private static bool t_undecodable;

    public static string Render(JsonElement adf)
    {
        return adf.ValueKind switch
        {
            JsonValueKind.String => TextOf(adf),
            JsonValueKind.Object => RenderNode(adf, 0).TrimEnd('\n'),
            _ => string.Empty,
        };
    }

    /// <summary>Renders like <see cref="Render"/>, and says whether every string could be decoded.</summary>
    public static bool TryRender(JsonElement adf, out string text)
    {
        t_undecodable = false;
        try
        {
            text = Render(adf);
            return !t_undecodable;
        }
        finally
        {
            t_undecodable = false;
        }
    }

    internal static string? TypeOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object ? StringProperty(node, "type") : null;

    internal static string? StringProperty(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.String
            ? TextOf(value)
            : null;

    /// <summary>
    /// The text of a string element. A parsed document does not check string contents, so invalid UTF-8 (or a lone
    /// surrogate escape) only shows when the text is read: it renders as U+FFFD instead of throwing.
    /// </summary>
    private static string TextOf(JsonElement value)
    {
        // Only string elements come here, so "no text" means undecodable text.
        if (JsonText.TryGetString(value, out var text))
        {
            return text;
        }

        t_undecodable = true;
        return "\uFFFD";
    }

    private static string RenderNode(JsonElement node, int depth)
    {
        if (node.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return string.Empty;
        }

        var type = TypeOf(node) ?? string.Empty;
        if (SkippedTypes.Contains(type))
        {
            return string.Empty;
        }

        return type switch
        {
            "text" => StringProperty(node, "text") ?? string.Empty,
            "hardBreak" => "\n",
            "mention" => Attr(node, "text") ?? PrefixedId(node),
            "emoji" => Attr(node, "text") ?? Attr(node, "shortName") ?? string.Empty,
            "status" => Attr(node, "text") ?? string.Empty,
            "date" => RenderDate(node),
            "inlineCard" or "blockCard" or "embedCard" => Attr(node, "url") ?? string.Empty,
            "rule" => "---",
            "codeBlock" => RenderInline(node, depth),
            "paragraph" or "heading" => RenderInline(node, depth),
            "bulletList" or "orderedList" or "taskList" or "decisionList" => RenderList(node, type, depth),
            "listItem" or "taskItem" or "decisionItem" => RenderContainer(node, depth, "\n"),
            "table" => RenderTable(node, depth),
            _ => RenderFallback(node, depth),
        };
    }

    private static string RenderFallback(JsonElement node, int depth)
    {
        var text = StringProperty(node, "text") ?? Attr(node, "text");
        return text ?? RenderContainer(node, depth, "\n\n");
    }

    private static string RenderInline(JsonElement node, int depth)
    {
        var builder = new StringBuilder();
        foreach (var child in Children(node))
        {
            builder.Append(RenderNode(child, depth + 1));
        }

        return builder.ToString();
    }

    private static string RenderContainer(JsonElement node, int depth, string blockSeparator)
    {
        var blocks = new List<string>();
        var inline = new StringBuilder();
        foreach (var child in Children(node))
        {
            var rendered = RenderNode(child, depth + 1);
            if (!BlockTypes.Contains(TypeOf(child) ?? string.Empty))
            {
                inline.Append(rendered);
                continue;
            }

            Flush(inline, blocks);
            if (rendered.Length > 0)
            {
                blocks.Add(rendered);
            }
        }

        Flush(inline, blocks);
        return string.Join(blockSeparator, blocks);
    }

    private static void Flush(StringBuilder inline, List<string> blocks)
    {
        if (inline.Length > 0)
        {
            blocks.Add(inline.ToString());
            inline.Clear();
        }
    }

    private static string RenderList(JsonElement node, string type, int depth)
    {
        var number = 1;
        if (node.TryGetProperty("attrs", out var attrs) && attrs.ValueKind == JsonValueKind.Object &&
            attrs.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Number &&
            order.TryGetInt32(out var start))
        {
            number = start;
        }

        var lines = new List<string>();
        foreach (var item in Children(node))
        {
            var marker = type == "orderedList" ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            number++;
            var text = RenderNode(item, depth + 1);

            // Continuation lines (wrapped text, nested lists) are indented under the marker.
            lines.Add(marker + text.Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        return string.Join('\n', lines);
    }

    private static string RenderTable(JsonElement node, int depth)
    {
        var rows = new List<string>();
        foreach (var row in Children(node))
        {
            var cells = new List<string>();
            foreach (var cell in Children(row))
            {
                var text = RenderContainer(cell, depth + 2, " ");
                cells.Add(text.Replace('\n', ' ').Trim());
            }

            rows.Add(string.Join(" | ", cells));
        }

        return string.Join('\n', rows);
    }

    private static string RenderDate(JsonElement node)
    {
        if (!node.TryGetProperty("attrs", out var attrs) || attrs.ValueKind != JsonValueKind.Object ||
            !attrs.TryGetProperty("timestamp", out var stamp))
        {
            return string.Empty;
        }

        if (!TryReadMillis(stamp, out var millis) || millis < -62135596800000L || millis > 253402300799999L)
        {
            return StringProperty(attrs, "timestamp") ?? string.Empty;
        }

        // Jira shows a date node as the UTC calendar day of its timestamp.
        return DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool TryReadMillis(JsonElement stamp, out long millis)
    {
        millis = 0;
        return stamp.ValueKind switch
        {
            JsonValueKind.Number => stamp.TryGetInt64(out millis),
            JsonValueKind.String => long.TryParse(TextOf(stamp), NumberStyles.Integer,
                CultureInfo.InvariantCulture, out millis),
            _ => false,
        };
    }

    private static string? Attr(JsonElement node, string name) =>
        node.TryGetProperty("attrs", out var attrs) ? StringProperty(attrs, name) : null;

    private static string PrefixedId(JsonElement node)
    {
        var id = Attr(node, "id");
        return string.IsNullOrEmpty(id) ? string.Empty : "@" + id;
    }

    private static IEnumerable<JsonElement> Children(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("content", out var content) ||
            content.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var child in content.EnumerateArray())
        {
            yield return child;
        }
    }
}
