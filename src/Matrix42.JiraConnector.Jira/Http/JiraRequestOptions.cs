namespace Matrix42.JiraConnector.Jira;

/// <summary>Per-request settings that the handlers read.</summary>
internal static class JiraRequestOptions
{
    /// <summary>How the call is classified for retries.</summary>
    public static readonly HttpRequestOptionsKey<JiraCallKind> Kind = new("Matrix42.Jira.Kind");

    /// <summary>Send without credentials (the tenant-info lookup).</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("Matrix42.Jira.Anonymous");

    /// <summary>Never retry (the connection test must answer quickly).</summary>
    public static readonly HttpRequestOptionsKey<bool> NoRetry = new("Matrix42.Jira.NoRetry");

    public static JiraCallKind KindOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Kind, out var kind) ? kind : JiraCallKind.CreatingWrite;

    public static bool IsSet(HttpRequestMessage? request, HttpRequestOptionsKey<bool> key) =>
        request is not null && request.Options.TryGetValue(key, out var value) && value;
}
