using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Builds the JSON of single Jira field values from text.</summary>
internal static class FieldJson
{
    public static JsonNode? Single(FieldShape shape, string text) => shape switch
    {
        FieldShape.Number => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : null,
        FieldShape.Date => Date(text),
        FieldShape.DateTime => DateTime(text),
        FieldShape.Option => Option(text),
        FieldShape.Cascading => Cascading(text),
        FieldShape.User => new JsonObject { ["accountId"] = text },
        FieldShape.Named => IdOr("name", text),
        FieldShape.Keyed => IdOr("key", text),
        FieldShape.Sprint => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sprint)
            ? JsonValue.Create(sprint)
            : null,
        _ => JsonValue.Create(text),
    };

    /// <summary>Digits are an option id; anything else is the option's value.</summary>
    public static JsonObject Option(string text) => IdOr("value", text);

    /// <summary>All-digit text is an id (<c>{"id"}</c>); other text goes under <paramref name="property"/>.</summary>
    public static JsonObject IdOr(string property, string text) =>
        IsId(text) ? new JsonObject { ["id"] = text } : new JsonObject { [property] = text };

    /// <summary><c>parent / child</c> (or <c>10054/10056</c>); a parent alone gets no <c>child</c> key at
    /// all.</summary>
    private static JsonObject Cascading(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Option(text.Trim());
        }

        var parent = Option(text[..slash].Trim());
        var child = text[(slash + 1)..].Trim();
        if (child.Length > 0)
        {
            parent["child"] = Option(child);
        }

        return parent;
    }

    private static JsonValue? Date(string text)
    {
        if (JiraDateText.TryParseDate(text, out var date))
        {
            return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return JiraDateText.TryParseDateTime(text, out var instant)
            ? JsonValue.Create(instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;
    }

    private static JsonValue? DateTime(string text)
    {
        if (JiraDateText.TryParseDateTime(text, out var instant))
        {
            return JsonValue.Create(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'",
                CultureInfo.InvariantCulture));
        }

        return JiraDateText.TryParseDate(text, out var date)
            ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000+0000")
            : null;
    }

    private static bool IsId(string text) => text.Length > 0 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
