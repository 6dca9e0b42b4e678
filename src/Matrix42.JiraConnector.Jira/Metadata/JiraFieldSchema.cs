namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The schema of a field: decides how its value is read and written (for example <c>date</c> versus
/// <c>datetime</c>, <c>number</c>, <c>option-with-child</c>).
/// </summary>
public sealed record JiraFieldSchema
{
    /// <summary>
    /// The value type: <c>string</c>, <c>number</c>, <c>date</c>, <c>datetime</c>, <c>option</c>, <c>array</c>,
    /// <c>user</c>, and others.
    /// </summary>
    public string? Type { get; init; }

    /// <summary>For arrays, the element type.</summary>
    public string? Items { get; init; }

    /// <summary>For system fields, the system field name.</summary>
    public string? System { get; init; }

    /// <summary>For custom fields, the custom field type key.</summary>
    public string? Custom { get; init; }

    /// <summary>For custom fields, the numeric id.</summary>
    public long? CustomId { get; init; }
}
