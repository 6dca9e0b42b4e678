using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// Turns the <c>data</c> object of a write request into stored values, checking every value against
/// its attribute's type. A bad attribute is reported alone; the good ones are still returned.
/// </summary>
internal static class EsmValueReader
{
    /// <summary>Reads a <c>data</c> object: attribute code → <c>{ "values": [...] }</c>.</summary>
    public static Dictionary<string, List<FakeEsmValue>> ReadData(
        EsmTemplate template,
        JsonObject data,
        EsmWriteContext context,
        List<EsmAttributeError> errors)
    {
        var accepted = new Dictionary<string, List<FakeEsmValue>>(StringComparer.Ordinal);
        foreach (var (code, element) in data)
        {
            var attribute = template.Find(code);
            if (attribute is null)
            {
                errors.Add(new EsmAttributeError(code, null, $"Template '{template.Code}' has no attribute '{code}'."));
                continue;
            }

            if (element is not JsonObject { } holder || holder["values"] is not JsonArray items)
            {
                errors.Add(Error(attribute, "The attribute element must be an object with a 'values' array."));
                continue;
            }

            if (ReadValues(attribute, items, context, errors) is { } values)
            {
                accepted[code] = values;
            }
        }

        return accepted;
    }

    /// <summary>Reads the values of one attribute, or returns <see langword="null"/> after adding an error.</summary>
    public static List<FakeEsmValue>? ReadValues(
        EsmAttribute attribute,
        JsonArray items,
        EsmWriteContext context,
        List<EsmAttributeError> errors)
    {
        if (!attribute.MultiValue && items.Count > 1)
        {
            var message = $"Attribute '{attribute.Name}' holds one value, but {items.Count} were given.";
            errors.Add(Error(attribute, message));
            return null;
        }

        var values = new List<FakeEsmValue>(items.Count);
        foreach (var item in items)
        {
            if (item is not JsonObject value)
            {
                errors.Add(Error(attribute, "Each value must be a JSON object."));
                return null;
            }

            var problem = TryRead(attribute, value, context, out var read);
            if (problem is not null)
            {
                errors.Add(Error(attribute, problem));
                return null;
            }

            values.Add(read!);
        }

        return values;
    }

    private static string? TryRead(
        EsmAttribute attribute,
        JsonObject item,
        EsmWriteContext context,
        out FakeEsmValue? value)
    {
        value = null;
        switch (attribute.Kind)
        {
            case EsmAttributeKind.Text:
                return ReadString(item, "value", out var text) ? Done(FakeEsmValue.Text(text!), out value)
                    : $"Attribute '{attribute.Name}' expects a text 'value'.";

            case EsmAttributeKind.Number:
                return item["value"] is JsonValue number && number.GetValueKind() == JsonValueKind.Number
                       && TryDecimal(number, out var parsed)
                    ? Done(FakeEsmValue.Number(parsed), out value)
                    : $"Attribute '{attribute.Name}' expects a numeric 'value'.";

            case EsmAttributeKind.Date:
                return ReadString(item, "value", out var day) && DateOnly.TryParseExact(
                           day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? Done(FakeEsmValue.Date(date), out value)
                    : $"Attribute '{attribute.Name}' expects a date 'value' like 2024-05-31.";

            case EsmAttributeKind.DateTime:
                return ReadString(item, "value", out var stamp) && EsmDates.TryParseInstant(stamp!, out var instant)
                    ? Done(FakeEsmValue.DateAndTime(instant), out value)
                    : $"Attribute '{attribute.Name}' expects an ISO-8601 date-time 'value' with an offset.";

            case EsmAttributeKind.StaticValue:
                return ReadStatic(attribute, item, out value);

            case EsmAttributeKind.Reference:
                return ReadReference(attribute, item, context, out value);

            case EsmAttributeKind.ExternalReference:
                return ReadString(item, "location", out var location)
                    ? Done(FakeEsmValue.ExternalReference(StringOf(item, "name") ?? location!, location!), out value)
                    : $"Attribute '{attribute.Name}' expects an external reference with 'name' and 'location'.";

            default:
                return ReadWorklog(attribute, item, context, out value);
        }
    }

    private static string? ReadStatic(EsmAttribute attribute, JsonObject item, out FakeEsmValue? value)
    {
        value = null;
        var text = StringOf(item, "value");
        var code = StringOf(item, "code");
        var match = attribute.StaticValues.FirstOrDefault(v =>
            (code is null || v.Code == code) && (text is null || v.Value == text));
        if ((text is null && code is null) || match is null)
        {
            return $"No static value with value '{text}' and code '{code}' in attribute '{attribute.Name}'.";
        }

        return Done(FakeEsmValue.Static(match.Value, match.Code), out value);
    }

    private static string? ReadReference(
        EsmAttribute attribute,
        JsonObject item,
        EsmWriteContext context,
        out FakeEsmValue? value)
    {
        value = null;
        var raw = EsmJsonRead.Id(item, "dataCardId");
        if (raw is null || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var target))
        {
            return $"Attribute '{attribute.Name}' expects a reference written as {{\"dataCardId\": \"<id>\"}}.";
        }

        var card = context.Store.FindCard(target);
        if (card is null)
        {
            return $"Referenced data card {raw} does not exist.";
        }

        if (attribute.Targets.Count > 0 && !attribute.Targets.Contains(card.Template.Code))
        {
            return $"Attribute '{attribute.Name}' cannot refer to a card of template '{card.Template.Code}'.";
        }

        return Done(FakeEsmValue.Reference(target), out value);
    }

    private static string? ReadWorklog(
        EsmAttribute attribute,
        JsonObject item,
        EsmWriteContext context,
        out FakeEsmValue? value)
    {
        value = null;
        if (!ReadString(item, "value", out var comment))
        {
            return $"Attribute '{attribute.Name}' expects a worklog entry with a text 'value'.";
        }

        var author = context.Author;
        var date = context.Now;
        if (context.Seeding)
        {
            author = StringOf(item, "author") ?? author;
            date = StringOf(item, "date") is { } given && EsmDates.TryParseInstant(given, out var at) ? at : date;
        }

        return Done(FakeEsmValue.Worklog(comment!, author, date), out value);
    }

    /// <summary>Reads a JSON number whether it was parsed from text or built from a .NET number.</summary>
    private static bool TryDecimal(JsonValue number, out decimal value)
    {
        if (number.TryGetValue(out value))
        {
            return true;
        }

        if (number.TryGetValue<long>(out var whole))
        {
            value = whole;
            return true;
        }

        return decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool ReadString(JsonObject item, string property, out string? text)
    {
        text = StringOf(item, property);
        return text is not null;
    }

    private static string? StringOf(JsonObject item, string property) => EsmJsonRead.Text(item, property);

    private static string? Done(FakeEsmValue read, out FakeEsmValue? value)
    {
        value = read;
        return null;
    }

    private static EsmAttributeError Error(EsmAttribute attribute, string message) =>
        new(attribute.Code, attribute.TypeName, message);
}
