namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <summary>One HTTP attempt to Jira or ESM as the metrics see it (a struct: one is made per attempt).</summary>
/// <param name="ConnectorId">The connector whose client sent it.</param>
/// <param name="EnvironmentType">The connector's environment type.</param>
/// <param name="Service"><c>jira</c> or <c>esm</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="StatusCode">The answer's status, or <see langword="null"/> when none came.</param>
/// <param name="ErrorType">Why no answer came (the exception type), when none did.</param>
/// <param name="IsRetry">Whether the attempt repeats an earlier attempt of the same call.</param>
internal readonly record struct ApiAttempt(
    string ConnectorId,
    string EnvironmentType,
    string Service,
    string Method,
    int? StatusCode,
    string? ErrorType,
    bool IsRetry);
