using System.Collections.Specialized;
using System.Text;
using System.Web;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>
/// A transport-neutral HTTP request as a fake service sees it, whether it arrived in process or
/// over a loopback socket.
/// </summary>
public sealed class FakeRequest
{
    private NameValueCollection? _query;

    /// <summary>Creates a request.</summary>
    /// <param name="method">The HTTP method in upper case, e.g. <c>GET</c>.</param>
    /// <param name="path">The absolute path without the query string, still percent-encoded.</param>
    /// <param name="queryString">The query string without the leading <c>?</c>; empty when absent.</param>
    /// <param name="headers">The request headers; names are compared case-insensitively.</param>
    /// <param name="body">The raw request body; empty when there is none.</param>
    public FakeRequest(
        string method,
        string path,
        string queryString,
        IReadOnlyDictionary<string, string> headers,
        ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(headers);

        Method = method.ToUpperInvariant();
        Path = path;
        QueryString = queryString ?? string.Empty;
        Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        Body = body;
    }

    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>The absolute path without the query string, still percent-encoded.</summary>
    public string Path { get; }

    /// <summary>The raw query string without the leading <c>?</c>.</summary>
    public string QueryString { get; }

    /// <summary>The request headers, case-insensitive by name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The raw request body.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The decoded query parameters; a repeated name yields several values.</summary>
    public NameValueCollection Query => _query ??= HttpUtility.ParseQueryString(QueryString);

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Reads a header, or <see langword="null"/> when it is absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";
}
