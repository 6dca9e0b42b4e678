using System.Globalization;
using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Maps an attribute's type name and one JSON value to the typed value family.</summary>
internal static class EsmValueReader
{
    public static EsmValue Read(string? type, JsonElement json)
    {
        var kind = type?.Trim().ToUpperInvariant() ?? string.Empty;
        EsmValue? value = kind switch
        {
            "STRING" or "TEXT" or "LONG-TEXT" or "TEXTAREA" => ReadText(json),
            "NUMBER" or "INTEGER" or "FLOAT" or "DECIMAL" => ReadNumber(json),
            "DATE" or "DATETIME" or "DATE-TIME" => ReadDate(json),
            "REFERENCE" => ReadReference(json),
            "EXTERNAL-REFERENCE" => ReadExternalReference(json),
            "WORKLOG" => ReadWorklog(json),
            _ when kind.StartsWith("STATIC", StringComparison.Ordinal) => ReadStatic(json),
            _ => null,
        };

        // A shape that does not fit its type is kept as raw JSON rather than guessed at.
        return value ?? new EsmRawValue(type, json);
    }

    private static EsmTextValue? ReadText(JsonElement json) =>
        json.Property("value") is { ValueKind: JsonValueKind.String } text ? new EsmTextValue(text.GetString()!) : null;

    private static EsmNumberValue? ReadNumber(JsonElement json) => json.Property("value") switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out var n) => new EsmNumberValue(n),
        { ValueKind: JsonValueKind.String } text when decimal.TryParse(
            text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => new EsmNumberValue(n),
        _ => null,
    };

    private static EsmValue? ReadDate(JsonElement json)
    {
        if (json.String("value") is not { } text)
        {
            return null;
        }

        if (EsmDates.TryParseDate(text, out var date))
        {
            return new EsmDateValue(date);
        }

        return EsmDates.TryParseDateTime(text, out var dateTime) ? new EsmDateTimeValue(dateTime) : null;
    }

    private static EsmStaticValue? ReadStatic(JsonElement json)
    {
        var value = json.String("value");
        var code = json.String("code");
        return string.IsNullOrEmpty(value) && string.IsNullOrEmpty(code) ? null : new EsmStaticValue(value, code);
    }

    private static EsmReferenceValue? ReadReference(JsonElement json)
    {
        // The early design used "id"; the published API uses "dataCardId".
        var id = json.String("dataCardId") ?? json.String("id");
        return EsmCodes.TryParseId(id, out _)
            ? new EsmReferenceValue(id!)
            {
                Name = json.String("name"),
                TemplateCode = json.String("templateCode"),
                Deleted = json.Bool("deleted"),
            }
            : null;
    }

    private static EsmExternalReferenceValue? ReadExternalReference(JsonElement json) =>
        json.String("location") is { } location
            ? new EsmExternalReferenceValue(json.String("name") ?? string.Empty, location)
            {
                Download = json.String("download"),
            }
            : null;

    private static EsmWorklogValue? ReadWorklog(JsonElement json)
    {
        if (json.String("value") is not { } text)
        {
            return null;
        }

        DateTimeOffset? writtenAt = json.String("date") is { } date && EsmDates.TryParseDateTime(date, out var at)
            ? at
            : null;
        return new EsmWorklogValue(text) { Author = json.String("author"), WrittenAt = writtenAt };
    }
}
