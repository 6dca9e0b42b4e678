namespace Matrix42.JiraConnector.Esm;

/// <summary>An error the service reported for one attribute of a write.</summary>
/// <param name="AttributeCode">The attribute code, when given.</param>
/// <param name="AttributeType">The attribute type, for example <c>static-value</c>.</param>
/// <param name="Message">The service's message.</param>
/// <param name="Error">The service's error title, for example <c>Bad Request</c>.</param>
public sealed record EsmAttributeError(string? AttributeCode, string? AttributeType, string? Message, string? Error)
{
    /// <summary>Describes the error as <c>code (type): message</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{AttributeCode ?? "(card)"} ({AttributeType ?? "?"}): {Message ?? Error}";
}
