using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Jira.Dates;

/// <summary>
/// A System.Text.Json converter for optional Jira date-times that yields <see langword="null"/> for
/// null, missing or unreadable values instead of failing, so one odd timestamp never drops a whole
/// page of results. Writes the Jira form.
/// </summary>
public sealed class JiraLenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && JiraDates.TryParseDateTime(reader.GetString(), out var value))
        {
            return value;
        }

        // Skip whatever else is there (object, number, bad text) without failing the document.
        reader.Skip();
        return null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } instant)
        {
            writer.WriteStringValue(JiraDates.FormatDateTime(instant));
            return;
        }

        writer.WriteNullValue();
    }
}
