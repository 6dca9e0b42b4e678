using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Writes values in the shapes ESM accepts for writes.</summary>
internal static class EsmValueWriter
{
    public static void WriteData(Utf8JsonWriter writer, IReadOnlyDictionary<string, IReadOnlyList<EsmValue>> data)
    {
        writer.WriteStartObject("data");
        foreach (var (code, values) in data)
        {
            writer.WriteStartObject(code);
            WriteValues(writer, values);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static void WriteValues(Utf8JsonWriter writer, IReadOnlyList<EsmValue> values)
    {
        writer.WriteStartArray("values");
        foreach (var value in values)
        {
            Write(writer, value);
        }

        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, EsmValue value)
    {
        if (value is EsmRawValue raw)
        {
            raw.Json.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        switch (value)
        {
            case EsmTextValue text:
                writer.WriteString("value", text.Value);
                break;
            case EsmNumberValue number:
                writer.WriteNumber("value", number.Value);
                break;
            case EsmDateValue date:
                writer.WriteString("value", EsmDates.FormatDate(date.Value));
                break;
            case EsmDateTimeValue dateTime:
                writer.WriteString("value", EsmDates.FormatDateTime(dateTime.Value));
                break;
            case EsmStaticValue choice:
                WriteIfPresent(writer, "value", choice.Value);
                WriteIfPresent(writer, "code", choice.Code);
                break;
            case EsmReferenceValue reference:
                writer.WriteString("dataCardId", reference.DataCardId);
                break;
            case EsmExternalReferenceValue link:
                writer.WriteString("name", link.Name);
                writer.WriteString("location", link.Location);
                break;
            case EsmWorklogValue entry:
                writer.WriteString("value", entry.Value);
                break;
            default:
                throw new ArgumentException($"Unknown value type {value.GetType().Name}.", nameof(value));
        }

        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
