namespace Matrix42.JiraConnector.Configuration;

/// <summary>One allowed value of a static-value attribute.</summary>
/// <param name="Value">The display value, e.g. <c>5 - Removed</c>.</param>
/// <param name="Code">The code, e.g. <c>removed</c>; may be absent.</param>
public sealed record EsmStaticValue(string Value, string? Code = null);
