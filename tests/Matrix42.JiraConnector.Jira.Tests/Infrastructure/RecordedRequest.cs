using System.Text.Json;

namespace Matrix42.JiraConnector.Jira.Tests.Infrastructure;

/// <summary>What the stub handler saw of one request.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, string? Body, string? Authorization, DateTimeOffset At)
{
    public string Path => Uri.AbsolutePath;

    public string Query => Uri.Query;

    public JsonElement Json => Fixtures.Parse(Body ?? "null");

    public string? QueryValue(string name) =>
        Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p[0] == name)
            .Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty))
            .FirstOrDefault();
}
