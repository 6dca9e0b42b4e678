using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// Translates an OpenAPI 3.0 schema object into JSON Schema draft 2020-12. OpenAPI 3.0 is a
/// dialect of draft 4/5 with its own keywords, so a plain copy would misjudge real payloads.
/// </summary>
/// <remarks>
/// Choices, all in favour of judging only what the spec really states:
/// <c>nullable</c> becomes an allowance for <c>null</c> (a widened <c>type</c>, or "if null, else the
/// schema"); <c>readOnly</c> (requests) and <c>writeOnly</c> (responses) properties are dropped from
/// <c>required</c>; <c>oneOf</c> is read as <c>anyOf</c> because discriminators are ignored and Jira's
/// alternatives overlap; <c>format</c>, <c>discriminator</c>, examples, docs and extensions are dropped; the
/// 3.0 boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> become the numeric 2020-12 forms; a reference
/// to Jira's <c>JsonNode</c> component accepts any value.
/// </remarks>
internal sealed class OpenApiSchemaConverter
{
    private const string ComponentPrefix = "#/components/schemas/";

    private static readonly HashSet<string> CopiedKeywords = new(StringComparer.Ordinal)
    {
        "type", "enum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties", "multipleOf", "const",
    };

    private readonly Func<string, SchemaDirection, Uri> componentUri;

    /// <summary>Creates a converter that points component references at <paramref name="componentUri"/>.</summary>
    public OpenApiSchemaConverter(Func<string, SchemaDirection, Uri> componentUri) => this.componentUri = componentUri;

    /// <summary>Converts one schema (and everything inline below it) for the given direction.</summary>
    public JsonNode Convert(JsonNode? schema, SchemaDirection direction)
    {
        if (schema is not JsonObject source)
        {
            // Booleans are valid schemas in both dialects; anything else is treated as "anything goes".
            return schema is JsonValue value && value.TryGetValue(out bool flag)
                ? JsonValue.Create(flag)
                : new JsonObject();
        }

        var target = source["$ref"] is JsonValue reference
            ? ConvertReference(reference.GetValue<string>(), direction)
            : ConvertInline(source, direction);

        return IsTrue(source["nullable"]) ? AllowNull(target) : target;
    }

    private JsonObject ConvertInline(JsonObject source, SchemaDirection direction)
    {
        var target = new JsonObject();
        foreach (var (name, value) in source)
        {
            if (CopiedKeywords.Contains(name))
            {
                target[name] = value?.DeepClone();
            }
        }

        ConvertBounds(source, target, "minimum", "exclusiveMinimum");
        ConvertBounds(source, target, "maximum", "exclusiveMaximum");
        ConvertChildren(source, target, direction);
        ConvertRequired(source, target, direction);
        return target;
    }

    private void ConvertChildren(JsonObject source, JsonObject target, SchemaDirection direction)
    {
        if (source["properties"] is JsonObject properties)
        {
            var converted = new JsonObject();
            foreach (var (name, property) in properties)
            {
                converted[name] = Convert(property, direction);
            }

            target["properties"] = converted;
        }

        foreach (var single in new[] { "items", "additionalProperties", "not" })
        {
            if (source.ContainsKey(single))
            {
                target[single] = Convert(source[single], direction);
            }
        }

        foreach (var (from, to) in new[] { ("allOf", "allOf"), ("anyOf", "anyOf"), ("oneOf", "anyOf") })
        {
            if (source[from] is JsonArray alternatives)
            {
                var converted = target[to] as JsonArray ?? [];
                foreach (var alternative in alternatives)
                {
                    converted.Add(Convert(alternative, direction));
                }

                target[to] = converted;
            }
        }
    }

    private static void ConvertRequired(JsonObject source, JsonObject target, SchemaDirection direction)
    {
        if (source["required"] is not JsonArray required)
        {
            return;
        }

        // A readOnly property is the server's to fill in, so a request may leave it out (and vice versa).
        var skipped = direction == SchemaDirection.Request ? "readOnly" : "writeOnly";
        var properties = source["properties"] as JsonObject;
        var kept = new JsonArray();
        foreach (var name in required.Select(n => n?.GetValue<string>()).OfType<string>())
        {
            if (properties?[name] is not JsonObject property || !IsTrue(property[skipped]))
            {
                kept.Add(name);
            }
        }

        target["required"] = kept;
    }

    private static void ConvertBounds(JsonObject source, JsonObject target, string bound, string exclusive)
    {
        if (source[bound] is not JsonValue limit)
        {
            return;
        }

        target[IsTrue(source[exclusive]) ? exclusive : bound] = limit.DeepClone();
    }

    private static JsonObject AllowNull(JsonObject target)
    {
        // Widening the type keeps error messages short; combinators need the general form.
        var combined = target.ContainsKey("allOf") || target.ContainsKey("anyOf") || target.ContainsKey("not");
        if (target["type"] is JsonValue type && !combined && !target.ContainsKey("const"))
        {
            target["type"] = new JsonArray(type.DeepClone(), "null");
            if (target["enum"] is JsonArray values)
            {
                values.Add(null);
            }

            return target;
        }

        // if/else rather than anyOf: a failing "if" reports nothing, so non-null values get only the real errors.
        return new JsonObject { ["if"] = new JsonObject { ["type"] = "null" }, ["else"] = target };
    }

    private JsonObject ConvertReference(string reference, SchemaDirection direction)
    {
        if (!reference.StartsWith(ComponentPrefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only component schema references are supported, not '{reference}'.");
        }

        var name = Uri.UnescapeDataString(reference[ComponentPrefix.Length..])
            .Replace("~1", "/", StringComparison.Ordinal)
            .Replace("~0", "~", StringComparison.Ordinal);

        // Jira's spec describes Jackson's JsonNode class (isArray, textValue, ...) where any JSON value is meant.
        return string.Equals(name, "JsonNode", StringComparison.Ordinal)
            ? []
            : new JsonObject { ["$ref"] = componentUri(name, direction).AbsoluteUri };
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue(out bool flag) && flag;
}
