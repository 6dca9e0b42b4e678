using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Jira.Dates;

/// <summary>A System.Text.Json converter for Jira date-only values (<c>yyyy-MM-dd</c>).</summary>
public sealed class JiraDateOnlyConverter : JsonConverter<DateOnly>
{
    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && JiraDates.TryParseDate(reader.GetString(), out var value))
        {
            return value;
        }

        throw new JsonException("Expected a Jira date string in the form yyyy-MM-dd.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JiraDates.FormatDate(value));
    }
}
