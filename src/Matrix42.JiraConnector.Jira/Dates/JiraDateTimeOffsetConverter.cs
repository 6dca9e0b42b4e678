using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Jira.Dates;

/// <summary>
/// A System.Text.Json converter for Jira date-times (<c>+0000</c>, <c>+02:00</c> or <c>Z</c> offsets).
/// Writes the Jira form <c>yyyy-MM-ddTHH:mm:ss.fff+hhmm</c>.
/// </summary>
public sealed class JiraDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && JiraDates.TryParseDateTime(reader.GetString(), out var value))
        {
            return value;
        }

        throw new JsonException("Expected a Jira date-time string such as 2024-01-31T10:15:30.123+0000.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JiraDates.FormatDateTime(value));
    }
}
