using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>A response produced by a fake service, before any fault of the plan is applied.</summary>
public sealed class FakeResponse
{
    private static readonly Dictionary<string, string> NoHeaders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a response.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="body">The body bytes; empty for none.</param>
    /// <param name="contentType">The media type of the body, or <see langword="null"/> for none.</param>
    /// <param name="headers">Extra response headers, or <see langword="null"/>.</param>
    public FakeResponse(
        HttpStatusCode status,
        ReadOnlyMemory<byte> body,
        string? contentType,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
        Headers = headers ?? NoHeaders;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The body bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The media type of the body, e.g. <c>application/json</c>.</summary>
    public string? ContentType { get; }

    /// <summary>Extra response headers such as <c>Retry-After</c> or <c>Authorization</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>
    /// The route template the service matched, e.g. <c>GET /rest/api/3/issue/{key}</c>; used to count
    /// calls per endpoint. <see langword="null"/> when the service did not say.
    /// </summary>
    public string? Route { get; init; }

    /// <summary>A JSON response serialised from a node.</summary>
    public static FakeResponse Json(HttpStatusCode status, JsonNode? node, string? route = null) =>
        new(status, Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"), "application/json") { Route = route };

    /// <summary>A JSON response from UTF-8 bytes that are already serialised.</summary>
    public static FakeResponse JsonBytes(HttpStatusCode status, ReadOnlyMemory<byte> utf8Json, string? route = null) =>
        new(status, utf8Json, "application/json") { Route = route };

    /// <summary>A JSON response serialised with the given type information.</summary>
    public static FakeResponse JsonOf<T>(
        HttpStatusCode status,
        T value,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
        string? route = null) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), "application/json") { Route = route };

    /// <summary>A response without a body.</summary>
    public static FakeResponse Empty(HttpStatusCode status, string? route = null) =>
        new(status, ReadOnlyMemory<byte>.Empty, null) { Route = route };

    /// <summary>A plain-text or HTML response.</summary>
    public static FakeResponse Text(HttpStatusCode status, string text, string contentType = "text/plain") =>
        new(status, Encoding.UTF8.GetBytes(text), contentType);

    /// <summary>Returns a copy with one more header.</summary>
    public FakeResponse WithHeader(string name, string value)
    {
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value };
        return new FakeResponse(Status, Body, ContentType, headers) { Route = Route };
    }
}
