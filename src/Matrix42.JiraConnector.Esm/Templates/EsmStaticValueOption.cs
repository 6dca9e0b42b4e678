namespace Matrix42.JiraConnector.Esm;

/// <summary>One allowed value of a static-value attribute.</summary>
/// <param name="Code">The code.</param>
/// <param name="Value">The display value (what EQL compares with).</param>
public sealed record EsmStaticValueOption(string? Code, string? Value);
