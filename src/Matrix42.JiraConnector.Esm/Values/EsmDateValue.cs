namespace Matrix42.JiraConnector.Esm;

/// <summary>A date without a time (attribute type <c>date</c>, written as <c>yyyy-MM-dd</c>).</summary>
/// <param name="Value">The date.</param>
public sealed record EsmDateValue(DateOnly Value) : EsmValue;
