namespace Matrix42.JiraConnector.Configuration;

/// <summary>The schema of a Jira field as <c>GET /rest/api/3/field</c> reports it.</summary>
/// <param name="Type">The value type: <c>string</c>, <c>number</c>, <c>date</c>, <c>datetime</c>, <c>option</c>,
/// <c>option-with-child</c>, <c>array</c>, <c>user</c>, <c>priority</c>, <c>any</c>, ...</param>
/// <param name="Items">The element type of an <c>array</c> field, e.g. <c>option</c> or <c>string</c>.</param>
/// <param name="Custom">The custom field type key, e.g. <c>com.pyxis.greenhopper.jira:gh-sprint</c>.</param>
/// <param name="System">The system field name for system fields, e.g. <c>description</c>.</param>
public sealed record JiraFieldSchema(string Type, string? Items = null, string? Custom = null, string? System = null);
