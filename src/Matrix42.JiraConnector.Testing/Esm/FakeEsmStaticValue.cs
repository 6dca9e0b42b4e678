namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>One allowed value of a static-value attribute.</summary>
/// <param name="Code">The value's code, e.g. <c>removed</c>.</param>
/// <param name="Value">The display value, e.g. <c>5 - Removed</c>; EQL filters compare with this text.</param>
public sealed record FakeEsmStaticValue(string Code, string Value);
