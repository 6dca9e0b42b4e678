namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>A route template such as <c>GET /rest/api/3/issue/{issueIdOrKey}</c> and its handler.</summary>
internal sealed class JiraRoute(string method, string template, Func<JiraCall, Http.FakeResponse> handler)
{
    private readonly string[] _segments = template.Trim('/').Split('/');

    public string Method => method;

    /// <summary>The name the request log counts calls under, e.g. <c>POST /rest/api/3/search/jql</c>.</summary>
    public string Name { get; } = $"{method} {template}";

    public Func<JiraCall, Http.FakeResponse> Handler => handler;

    public bool TryMatch(string[] path, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{'))
            {
                values[segment[1..^1]] = Uri.UnescapeDataString(path[i]);
            }
            else if (!string.Equals(segment, path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
