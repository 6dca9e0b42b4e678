namespace Matrix42.JiraConnector.Configuration;

/// <summary>One attribute of an ESM template.</summary>
/// <param name="Code">The attribute code.</param>
/// <param name="Type">The value type.</param>
/// <param name="IsMultiValue">Whether it holds several values.</param>
/// <param name="StaticValues">The allowed values of a static-value attribute; empty otherwise.</param>
public sealed record EsmAttributeInfo(string Code, EsmAttributeType Type, bool IsMultiValue,
    IReadOnlyList<EsmStaticValue> StaticValues)
{
    /// <summary>Whether a static value is allowed, matched by value or code (case-insensitive).</summary>
    /// <param name="value">The value or code.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool AllowsStaticValue(string value) => StaticValues.Any(v =>
        string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(v.Code, value, StringComparison.OrdinalIgnoreCase));
}
