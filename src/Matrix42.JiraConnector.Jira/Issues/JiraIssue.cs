using System.Text.Json;
using System.Text.Json.Serialization;
using Matrix42.JiraConnector.Jira.Adf;
using Matrix42.JiraConnector.Jira.Dates;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// An issue as Jira returns it. Every field is kept as raw JSON keyed by field id (system and custom
/// fields alike), so an unexpected field shape never stops the issue or its page from loading;
/// conversion happens only for the fields a caller asks for, with the field schema in hand.
/// </summary>
public sealed record JiraIssue
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoFields = new Dictionary<string, JsonElement>();
    private readonly IReadOnlyDictionary<string, JsonElement> _fields = NoFields;

    /// <summary>The issue id, such as <c>10042</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The current issue key, such as <c>OPS-7</c> (a moved issue answers with its new key).</summary>
    public string? Key { get; init; }

    /// <summary>The issue's REST URL.</summary>
    public string? Self { get; init; }

    /// <summary>The fields that were asked for, as raw JSON by field id; default empty.</summary>
    public IReadOnlyDictionary<string, JsonElement> Fields
    {
        get => _fields;
        init => _fields = value ?? NoFields;
    }

    /// <summary>The embedded changelog (<c>expand=changelog</c>, at most 20 entries); null when not expanded.</summary>
    public JsonElement? Changelog { get; init; }

    /// <summary>Field display names by id (<c>expand=names</c>); null when not expanded.</summary>
    public JsonElement? Names { get; init; }

    /// <summary>Field schemas by id (<c>expand=schema</c>); null when not expanded.</summary>
    public JsonElement? Schema { get; init; }

    /// <summary>Issue properties that were asked for, as raw JSON by key; null when none were requested.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>The <c>summary</c> field, or null when absent or not a string.</summary>
    [JsonIgnore]
    public string? Summary => GetField("summary") is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>The <c>updated</c> timestamp, or null when absent or unreadable.</summary>
    [JsonIgnore]
    public DateTimeOffset? Updated => TryGetDateTime("updated", out var value) ? value : null;

    /// <summary>The <c>created</c> timestamp, or null when absent or unreadable.</summary>
    [JsonIgnore]
    public DateTimeOffset? Created => TryGetDateTime("created", out var value) ? value : null;

    /// <summary>Returns a field's raw JSON, or null when the field is absent or JSON null.</summary>
    /// <param name="fieldId">The field id, such as <c>customfield_10050</c>.</param>
    /// <returns>The value or null.</returns>
    public JsonElement? GetField(string fieldId) =>
        Fields.TryGetValue(fieldId, out var value) &&
        value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>
    /// Returns a rich-text field (description, environment, text-area custom field) as plain text: an ADF
    /// object is rendered, a string (Jira v2, webhooks) is kept as it is, null stays null.
    /// </summary>
    /// <param name="fieldId">The field id; default <c>description</c>.</param>
    /// <returns>The text or null.</returns>
    public string? GetText(string fieldId = "description") => GetField(fieldId) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } adf => AdfText.ToPlainText(adf),
        _ => null,
    };

    /// <summary>
    /// Reads a date-time field (schema type <c>datetime</c>) such as <c>2024-01-31T10:15:30.123+0000</c>.
    /// </summary>
    /// <param name="fieldId">The field id.</param>
    /// <param name="value">The instant, with Jira's offset.</param>
    /// <returns><see langword="true"/> when the field held a date-time with an offset.</returns>
    public bool TryGetDateTime(string fieldId, out DateTimeOffset value)
    {
        value = default;
        return GetField(fieldId) is { ValueKind: JsonValueKind.String } s &&
               JiraDates.TryParseDateTime(s.GetString(), out value);
    }

    /// <summary>Reads a date-only field (schema type <c>date</c>, such as <c>duedate</c>) as a calendar date.</summary>
    /// <param name="fieldId">The field id.</param>
    /// <param name="value">The date.</param>
    /// <returns><see langword="true"/> when the field held a <c>yyyy-MM-dd</c> date.</returns>
    public bool TryGetDate(string fieldId, out DateOnly value)
    {
        value = default;
        return GetField(fieldId) is { ValueKind: JsonValueKind.String } s &&
               JiraDates.TryParseDate(s.GetString(), out value);
    }
}
