namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>A concrete request path: the raw path without query, and its percent-decoded segments.</summary>
internal sealed class RequestPath
{
    private RequestPath(string path, string[] segments)
    {
        Path = path;
        Segments = segments;
    }

    /// <summary>The path as sent, without scheme, host, query string or fragment.</summary>
    public string Path { get; }

    /// <summary>The decoded segments; an encoded slash stays inside its segment.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Reads an absolute URI or a path; a missing leading slash is tolerated.</summary>
    public static RequestPath Parse(string pathOrUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUri);

        var path = pathOrUri;
        if (!path.StartsWith('/') && Uri.TryCreate(path, UriKind.Absolute, out var absolute) &&
            (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            path = absolute.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
        }

        var end = path.IndexOfAny(['?', '#']);
        path = end >= 0 ? path[..end] : path;
        path = path.StartsWith('/') ? path : "/" + path;

        var segments = PathTemplate.SplitSegments(path).Select(Uri.UnescapeDataString).ToArray();
        return new RequestPath(path, segments);
    }

    /// <summary>The method in upper case, as the router stores it.</summary>
    public static string Normalize(string method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return method.Trim().ToUpperInvariant();
    }
}
