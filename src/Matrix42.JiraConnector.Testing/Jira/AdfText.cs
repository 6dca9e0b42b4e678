using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Converts between plain text and Atlassian Document Format for seeding and change history.</summary>
internal static class AdfText
{
    /// <summary>A document with one paragraph per line; blank lines become empty paragraphs.</summary>
    public static JsonObject FromText(string text)
    {
        var content = new JsonArray();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var paragraph = new JsonObject { ["type"] = "paragraph" };
            if (line.Length > 0)
            {
                paragraph["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = line });
            }

            content.Add(paragraph);
        }

        return new JsonObject { ["type"] = "doc", ["version"] = 1, ["content"] = content };
    }

    /// <summary>The text of a document (or the string itself for v2 text), for change history and JQL.</summary>
    public static string? Plain(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        var builder = new StringBuilder();
        Walk(node, builder);
        return builder.ToString().TrimEnd('\n');
    }

    private static void Walk(JsonNode node, StringBuilder builder)
    {
        var type = (string?)(node["type"] as JsonValue);
        if (type == "text")
        {
            builder.Append((string?)node["text"]);
            return;
        }

        if (type == "hardBreak")
        {
            builder.Append('\n');
            return;
        }

        foreach (var child in node["content"] as JsonArray ?? [])
        {
            if (child is not null)
            {
                Walk(child, builder);
            }
        }

        if (type is "paragraph" or "heading" or "listItem" or "codeBlock")
        {
            builder.Append('\n');
        }
    }
}
