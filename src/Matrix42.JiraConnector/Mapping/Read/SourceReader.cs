using System.Globalization;
using System.Text.Json;
using Matrix42.JiraConnector.Internal;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Reads one Jira value into its natural <see cref="AttributeValue"/> according to the compiled
/// shape.</summary>
internal static class SourceReader
{
    public static bool TryRead(in PathHit hit, SourceShape shape, out AttributeValue value) =>
        Read(hit, shape, out value) == SourceRead.Read;

    /// <summary>Reads the value, telling a value of the wrong shape from one holding undecodable text.</summary>
    public static SourceRead Read(in PathHit hit, SourceShape shape, out AttributeValue value)
    {
        if (hit.ExtractedText is { } extracted)
        {
            value = AttributeValue.FromText(extracted);
            return SourceRead.Read;
        }

        var element = hit.Element;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (!JsonText.TryGetString(element, out var text))
                {
                    value = default;
                    return SourceRead.InvalidText;
                }

                return Outcome(TryReadString(text, shape, out value));
            case JsonValueKind.Number:
                return Outcome(TryReadNumber(element, shape, out value));
            case JsonValueKind.True or JsonValueKind.False:
                value = AttributeValue.FromText(element.ValueKind == JsonValueKind.True ? "true" : "false");
                return SourceRead.Read;
            case JsonValueKind.Object:
                return TryReadObject(element, shape, out value);
            default:
                if (!JsonText.TryGetRawText(element, out var raw))
                {
                    value = default;
                    return SourceRead.InvalidText;
                }

                value = AttributeValue.FromText(raw);
                return SourceRead.Read;
        }
    }

    private static SourceRead Outcome(bool read) => read ? SourceRead.Read : SourceRead.WrongShape;

    private static bool TryReadString(string text, SourceShape shape, out AttributeValue value)
    {
        switch (shape)
        {
            case SourceShape.Number:
                // Webhook-style payloads send numbers as text; the schema says number, so parse it.
                var parsed = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
                value = parsed ? AttributeValue.FromNumber(number) : default;
                return parsed;

            case SourceShape.Date:
                if (JiraDateText.TryParseDate(text, out var date))
                {
                    return Done(AttributeValue.FromDate(date), out value);
                }

                // A date field sent as a date-time names the day at the value's own offset (the zone it was
                // written in); converting to UTC first would move it a day east or west of the user's day.
                var isInstant = JiraDateText.TryParseDateTime(text, out var dateInstant);
                value = isInstant ? AttributeValue.FromDate(DateOnly.FromDateTime(dateInstant.DateTime)) : default;
                return isInstant;

            case SourceShape.DateTime:
                var ok = JiraDateText.TryParseDateTime(text, out var instant);
                value = ok ? AttributeValue.FromDateTime(instant) : default;
                return ok;

            case SourceShape.Sprint when LegacySprintText.LooksLikeSprint(text):
                var found = LegacySprintText.TryGetProperty(text, "name", out var name) && name is not null;
                value = found ? AttributeValue.FromText(name!) : default;
                return found;

            default:
                return Done(AttributeValue.FromText(text), out value);
        }
    }

    private static bool TryReadNumber(JsonElement element, SourceShape shape, out AttributeValue value)
    {
        if (shape is SourceShape.Text or SourceShape.Option or SourceShape.Named)
        {
            return Done(AttributeValue.FromText(element.GetRawText()), out value);
        }

        return element.TryGetDecimal(out var number)
            ? Done(AttributeValue.FromNumber(number), out value)
            : Done(AttributeValue.FromText(element.GetRawText()), out value);
    }

    private static SourceRead TryReadObject(JsonElement element, SourceShape shape, out AttributeValue value)
    {
        // Only text-like fields hold ADF; checking other objects would cost a property search each.
        if (shape is SourceShape.Text or SourceShape.Auto && RichText.IsAdfDocument(element))
        {
            var decoded = RichText.TryToPlainText(element, out var plain);
            value = decoded ? AttributeValue.FromText(plain) : default;
            return decoded ? SourceRead.Read : SourceRead.InvalidText;
        }

        var text = shape switch
        {
            SourceShape.Option => Property(element, "value"u8),
            SourceShape.Cascading => Cascading(element),
            SourceShape.User => Property(element, "accountId"u8) ?? Property(element, "name"u8),
            SourceShape.Named or SourceShape.Sprint => Property(element, "name"u8),
            SourceShape.Project => Property(element, "key"u8),
            _ => null,
        };

        text ??= Cascading(element) ?? Property(element, "name"u8) ?? Property(element, "key"u8) ??
                 Property(element, "accountId"u8) ?? Property(element, "displayName"u8) ?? Property(element, "id"u8);
        if (text is null)
        {
            value = default;
            return SourceRead.WrongShape;
        }

        value = AttributeValue.FromText(text);
        return SourceRead.Read;
    }

    private static string? Cascading(JsonElement element)
    {
        var parent = Property(element, "value"u8);
        if (parent is null || !element.TryGetProperty("child"u8, out var child) ||
            child.ValueKind != JsonValueKind.Object)
        {
            return parent;
        }

        var childValue = Property(child, "value"u8);
        return childValue is null ? parent : parent + " / " + childValue;
    }

    // A property holding undecodable text counts as absent; the next candidate property is tried.
    private static string? Property(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind is JsonValueKind.String
            ? JsonText.TryGetString(property, out var text) ? text : null
            : property.ValueKind is JsonValueKind.Number ? property.GetRawText() : null;

    private static bool Done(AttributeValue result, out AttributeValue value)
    {
        value = result;
        return true;
    }
}
