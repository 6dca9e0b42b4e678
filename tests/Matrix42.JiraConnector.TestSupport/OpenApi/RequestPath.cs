namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>A concrete request path: the raw path without query, and its percent-decoded segments.</summary>
internal sealed class RequestPath
{
    private RequestPath(string path, string[] segments, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        Path = path;
        Segments = segments;
        Query = query;
    }

    /// <summary>The path as sent, without scheme, host, query string or fragment.</summary>
    public string Path { get; }

    /// <summary>The decoded segments; an encoded slash stays inside its segment.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The decoded query parameters in order; a name may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>Reads an absolute URI or a path; a missing leading slash is tolerated.</summary>
    public static RequestPath Parse(string pathOrUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUri);

        var text = pathOrUri;
        if (!text.StartsWith('/') && Uri.TryCreate(text, UriKind.Absolute, out var absolute) &&
            (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            text = absolute.GetComponents(UriComponents.PathAndQuery | UriComponents.KeepDelimiter,
                UriFormat.UriEscaped);
        }

        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        text = fragment >= 0 ? text[..fragment] : text;
        var queryStart = text.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart >= 0 ? text[..queryStart] : text;
        path = path.StartsWith('/') ? path : "/" + path;

        var segments = PathTemplate.SplitSegments(path).Select(Uri.UnescapeDataString).ToArray();
        return new RequestPath(path, segments, queryStart >= 0 ? ParseQuery(text[(queryStart + 1)..]) : []);
    }

    /// <summary>The method in upper case, as the router stores it.</summary>
    public static string Normalize(string method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return method.Trim().ToUpperInvariant();
    }

    private static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals >= 0 ? part[..equals] : part;
            var value = equals >= 0 ? part[(equals + 1)..] : string.Empty;
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    // Form encoding writes spaces as '+'; a literal plus arrives as %2B and survives this order of steps.
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
