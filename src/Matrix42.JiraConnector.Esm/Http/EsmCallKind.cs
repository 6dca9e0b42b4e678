namespace Matrix42.JiraConnector.Esm;

/// <summary>What a call does, which decides how it may be retried (not its HTTP method).</summary>
internal enum EsmCallKind
{
    /// <summary>Reads (and the login): retried on 429, 5xx, timeouts and transport errors.</summary>
    Read = 0,

    /// <summary>Writes that set a state (modify, replace, clear, trash): retried only when the service
    /// says the request was not applied (429, 503 with Retry-After).</summary>
    Write = 1,

    /// <summary>Writes that add something (create, bulk import, add values): as <see cref="Write"/>, and an
    /// ambiguous failure is reported as an unknown outcome.</summary>
    Create = 2,
}
