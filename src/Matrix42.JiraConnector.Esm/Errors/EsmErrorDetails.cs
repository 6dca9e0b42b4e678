namespace Matrix42.JiraConnector.Esm;

/// <summary>The status and error fields of an ESM error answer.</summary>
/// <param name="StatusCode">The HTTP status; null when no answer arrived.</param>
/// <param name="Error">The service's <c>error</c> field.</param>
/// <param name="Message">The service's <c>message</c> field.</param>
/// <param name="Url">The service's <c>url</c> field.</param>
/// <param name="AttributeErrors">The per-attribute errors.</param>
public sealed record EsmErrorDetails(
    int? StatusCode,
    string? Error,
    string? Message,
    string? Url,
    IReadOnlyList<EsmAttributeError> AttributeErrors);
