using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Matrix42.JiraConnector.Jira;

/// <summary>One REST call to make: method, API path, query values (encoded here), body and classification.</summary>
internal sealed class JiraCall
{
    private readonly List<KeyValuePair<string, string>> _query = [];

    public JiraCall(HttpMethod method, string path, JiraCallKind kind)
    {
        Method = method;
        Path = path;
        Kind = kind;
    }

    public HttpMethod Method { get; }

    /// <summary>The path relative to the API base, such as <c>rest/api/3/issue/OPS-7</c>.</summary>
    public string Path { get; }

    public JiraCallKind Kind { get; }

    public byte[]? Body { get; private set; }

    public bool NoRetry { get; init; }

    public static JiraCall Get(string path) => new(HttpMethod.Get, path, JiraCallKind.Read);

    /// <summary>Builds an API path, percent-encoding every dynamic segment.</summary>
    public static string ApiPath(string format, params string[] segments) =>
        "rest/api/3/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, format,
            segments.Select(s => (object)Uri.EscapeDataString(s)).ToArray());

    public JiraCall Query(string name, string? value)
    {
        if (value is not null)
        {
            _query.Add(new(name, value));
        }

        return this;
    }

    public JiraCall Query(string name, int value) =>
        Query(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public JiraCall Query(string name, bool value) => Query(name, value ? "true" : "false");

    public JiraCall Json<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        Body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return this;
    }

    public Uri ResolveAgainst(Uri apiBase)
    {
        var builder = new StringBuilder(Path);
        for (var i = 0; i < _query.Count; i++)
        {
            builder.Append(i == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(_query[i].Key)).Append('=')
                .Append(Uri.EscapeDataString(_query[i].Value));
        }

        return new Uri(apiBase, builder.ToString());
    }
}
