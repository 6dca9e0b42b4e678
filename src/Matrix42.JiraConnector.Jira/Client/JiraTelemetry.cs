using System.Diagnostics;

namespace Matrix42.JiraConnector.Jira;

/// <summary>The tracing source of the Jira client: one client span per REST call.</summary>
public static class JiraTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/>: <c>Matrix42.JiraConnector.Jira</c>.</summary>
    public const string SourceName = "Matrix42.JiraConnector.Jira";

    internal static ActivitySource Source { get; } = new(SourceName);

    /// <summary>
    /// The endpoint shape of an API path for span names and rate-limit buckets: segments holding digits
    /// (ids, keys) become <c>{}</c>, for example <c>/rest/api/3/issue/{}/comment</c>.
    /// </summary>
    internal static string Template(string apiPath) =>
        "/" + string.Join('/', apiPath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select((segment, index) => index >= 3 && segment.Any(char.IsAsciiDigit) ? "{}" : segment));
}
