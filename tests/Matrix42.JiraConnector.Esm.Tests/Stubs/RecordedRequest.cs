using System.Text.Json;
using System.Web;

namespace Matrix42.JiraConnector.Esm.Tests.Stubs;

/// <summary>One request as the stub saw it.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string Path, string? Authorization, string? Body)
{
    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];

    public JsonElement Json() => JsonDocument.Parse(Body!).RootElement;

    public override string ToString() => $"{Method} {Path}{Uri.Query}";
}
