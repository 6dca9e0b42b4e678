namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>A request as <see cref="RecordingHandler"/> saw it, copied so it outlives the message.</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(HttpMethod method, Uri uri, IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string? body, string? contentType)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
        ContentType = contentType;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The absolute request URI, query string included.</summary>
    public Uri Uri { get; }

    /// <summary>Request and content headers by name (case-insensitive), each with all its values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body as text, or <see langword="null"/> when the request had no content.</summary>
    public string? Body { get; }

    /// <summary>The media type of the content (e.g. <c>application/json</c>), or <see langword="null"/>.</summary>
    public string? ContentType { get; }

    /// <summary>The first value of a header, or <see langword="null"/> when it was not sent.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? values[0] : null;

    /// <summary>The method and URI path (without query, which may carry personal data).</summary>
    public override string ToString() => $"{Method} {Uri.AbsolutePath}";
}
