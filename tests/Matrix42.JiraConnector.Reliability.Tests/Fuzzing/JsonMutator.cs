using System.Text;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>
/// Seeded damage to a JSON document: each call picks one kind of damage and returns the resulting bytes,
/// which may or may not still be valid JSON.
/// </summary>
internal sealed class JsonMutator(Random random)
{
    private const string Placeholder = "\"__m42_placeholder__\"";

    private static readonly string[] OutOfRangeNumbers =
    [
        "1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809", "18446744073709551616",
        "1.5", "-0", "0.000000000000000000000000000000000001", "123456789012345678901234567890.5", "4.9e-325",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82],
    ];

    /// <summary>The names of the kinds of damage, indexed as <see cref="Mutate"/> reports them.</summary>
    public static readonly string[] Kinds =
    [
        "truncation", "wrong type", "missing field", "huge string", "deep nesting", "invalid UTF-8",
        "number out of range", "null value", "byte flip", "two tree mutations",
    ];

    public byte[] Mutate(string json, out int kind)
    {
        kind = random.Next(Kinds.Length);
        return kind switch
        {
            0 => Truncate(Encoding.UTF8.GetBytes(json)),
            1 => Tree(json, ReplaceWithWrongType),
            2 => Tree(json, RemoveMember),
            3 => Tree(json, n => Replace(n, JsonValue.Create(new string((char)('a' + random.Next(26)),
                random.Next(40_000, 200_000))))),
            4 => Textual(json, Nested()),
            5 => BreakUtf8(Encoding.UTF8.GetBytes(json)),
            6 => Textual(json, OutOfRangeNumbers[random.Next(OutOfRangeNumbers.Length)]),
            7 => Tree(json, n => Replace(n, null)),
            8 => FlipByte(Encoding.UTF8.GetBytes(json)),
            _ => Encoding.UTF8.GetBytes(TreeText(json, ReplaceWithWrongType, RemoveMember)),
        };
    }

    private byte[] Truncate(byte[] bytes) => bytes[..random.Next(bytes.Length)];

    private byte[] FlipByte(byte[] bytes)
    {
        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return bytes;
    }

    private byte[] BreakUtf8(byte[] bytes)
    {
        // Put the bad sequence just after an opening quote, so it lands inside a string or a property name.
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToArray();
        var at = quotes.Length == 0 ? random.Next(bytes.Length) : quotes[random.Next(quotes.Length)] + 1;
        var bad = InvalidUtf8[random.Next(InvalidUtf8.Length)];
        return [.. bytes[..at], .. bad, .. bytes[at..]];
    }

    private string Nested()
    {
        var depth = random.Next(65, 3_000);
        var open = random.Next(2) == 0 ? "[" : "{\"n\":";
        var close = open == "[" ? "]" : "}";
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }

    private byte[] Textual(string json, string replacement) =>
        Encoding.UTF8.GetBytes(TreeText(json, n => Replace(n, JsonValue.Create(Placeholder.Trim('"'))))
            .Replace(Placeholder, replacement, StringComparison.Ordinal));

    private byte[] Tree(string json, Action<JsonNode> mutate) => Encoding.UTF8.GetBytes(TreeText(json, mutate));

    private string TreeText(string json, params Action<JsonNode>[] mutations)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var mutate in mutations)
        {
            // Collect afresh each time: an earlier mutation may have detached nodes.
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            if (nodes.Count > 0)
            {
                mutate(nodes[random.Next(nodes.Count)]);
            }
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        if (node.Parent is not null)
        {
            nodes.Add(node);
        }

        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            if (child is not null)
            {
                Collect(child, nodes);
            }
        }
    }

    private void ReplaceWithWrongType(JsonNode node)
    {
        JsonNode? replacement = node switch
        {
            JsonObject => random.Next(2) == 0 ? new JsonArray(JsonValue.Create(1)) : JsonValue.Create("object?"),
            JsonArray => random.Next(2) == 0 ? new JsonObject { ["x"] = 1 } : JsonValue.Create(42),
            _ => random.Next(4) switch
            {
                0 => JsonValue.Create(12345),
                1 => JsonValue.Create(true),
                2 => new JsonObject(),
                _ => new JsonArray(JsonValue.Create("a"), null),
            },
        };
        if (node is JsonValue && replacement is JsonValue && random.Next(3) == 0)
        {
            replacement = JsonValue.Create("not-" + node.ToJsonString().Trim('"'));
        }

        Replace(node, replacement);
    }

    private static void RemoveMember(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case JsonArray array:
                array.RemoveAt(node.GetElementIndex());
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = replacement;
                break;
        }
    }
}
