using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>One compiled ESM → Jira mapping: its source, target field id, shape and value table.</summary>
internal sealed class CompiledField
{
    public required string FieldId { get; init; }

    public required string Source { get; init; }

    public string? Constant { get; init; }

    public FieldShape Shape { get; init; }

    public Dictionary<string, string>? ValueTable { get; init; }

    public void Write(IReadOnlyDictionary<string, IReadOnlyList<AttributeValue>> card, JiraWriteMode mode,
        JsonObject fields, List<MappingProblem> problems)
    {
        List<string> texts;
        if (Constant is not null)
        {
            texts = [Translate(Constant)];
        }
        else if (card.TryGetValue(Source, out var values))
        {
            texts = new List<string>(values.Count);
            foreach (var value in values)
            {
                texts.Add(Translate(Text(value)));
            }
        }
        else
        {
            // The card did not carry the attribute: nothing is known, so nothing is written.
            return;
        }

        texts.RemoveAll(string.IsNullOrWhiteSpace);
        var node = texts.Count == 0 ? null : Build(texts, problems);
        if (node is not null)
        {
            fields[FieldId] = node;
        }
        else if (texts.Count == 0 && mode == JiraWriteMode.Update)
        {
            WriteEmpty(fields, problems);
        }
    }

    private void WriteEmpty(JsonObject fields, List<MappingProblem> problems)
    {
        if (FieldId == "summary")
        {
            problems.Add(new MappingProblem(FieldId, Source, MappingProblemKind.ConversionFailed,
                "The summary cannot be cleared; the field was left unchanged."));
            return;
        }

        fields[FieldId] = Shape is FieldShape.OptionArray or FieldShape.StringArray or FieldShape.UserArray
            or FieldShape.NamedArray
            ? new JsonArray()
            : null;
    }

    private JsonNode? Build(List<string> texts, List<MappingProblem> problems)
    {
        switch (Shape)
        {
            case FieldShape.SingleLine:
                var line = JiraText.SanitizeSingleLine(string.Join(", ", texts));
                return line.Length == 0 ? null : JsonValue.Create(line);
            case FieldShape.RichText:
                return RichText.FromPlainText(string.Join("\n", texts));
            case FieldShape.OptionArray:
                return Array(texts, t => FieldJson.Option(t));
            case FieldShape.StringArray:
                return Array(texts, t => JsonValue.Create(t));
            case FieldShape.UserArray:
                return Array(texts, t => new JsonObject { ["accountId"] = t });
            case FieldShape.NamedArray:
                return Array(texts, t => FieldJson.IdOr("name", t));
            case FieldShape.String:
                return JsonValue.Create(string.Join(", ", texts));
        }

        if (texts.Count > 1)
        {
            problems.Add(new MappingProblem(FieldId, Source, MappingProblemKind.TooManyValues,
                $"Field '{FieldId}' takes one value but {texts.Count} were given; the first was used."));
        }

        var node = FieldJson.Single(Shape, texts[0]);
        if (node is null)
        {
            problems.Add(new MappingProblem(FieldId, Source, MappingProblemKind.ConversionFailed,
                $"The value cannot be written to field '{FieldId}' as {Shape}.", texts[0]));
        }

        return node;
    }

    private static JsonArray Array(List<string> texts, Func<string, JsonNode?> item)
    {
        var array = new JsonArray();
        foreach (var text in texts)
        {
            array.Add(item(text));
        }

        return array;
    }

    private string Translate(string text) =>
        ValueTable is not null && ValueTable.TryGetValue(text, out var translated) ? translated : text;

    private string Text(AttributeValue value) => value.Kind switch
    {
        AttributeValueKind.DateTime when Shape == FieldShape.DateTime =>
            value.Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
