namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>One way a request or response breaks the OpenAPI contract.</summary>
/// <param name="Kind">What kind of breach it is.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="InstanceLocation">
/// The JSON pointer into the body for <see cref="ContractProblemKind.SchemaViolation"/> (<c>""</c> is the root);
/// <see langword="null"/> for problems not tied to a place in the body.
/// </param>
/// <param name="SchemaLocation">The keyword path in the schema that failed, when known.</param>
/// <param name="Parameter">The path or query parameter concerned, for parameter problems.</param>
public sealed record ContractProblem(
    ContractProblemKind Kind,
    string Message,
    string? InstanceLocation = null,
    string? SchemaLocation = null,
    string? Parameter = null)
{
    /// <summary>The problem as one line: kind, location (when known) and message.</summary>
    public override string ToString() =>
        InstanceLocation is null ? $"{Kind}: {Message}" : $"{Kind} at '{InstanceLocation}': {Message}";
}
