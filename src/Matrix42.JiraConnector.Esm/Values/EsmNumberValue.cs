namespace Matrix42.JiraConnector.Esm;

/// <summary>A number value (attribute type <c>number</c>).</summary>
/// <param name="Value">The number.</param>
public sealed record EsmNumberValue(decimal Value) : EsmValue;
