using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>The parameters of an enhanced search, from the query string (GET) or the body (POST).</summary>
internal sealed record SearchArguments(
    string? Jql,
    string? NextPageToken,
    int? MaxResults,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Expand,
    IReadOnlyList<string> Properties,
    IReadOnlyList<long> Reconcile)
{
    public static SearchArguments FromQuery(JiraCall call) => new(
        call.Query("jql"),
        call.Query("nextPageToken"),
        call.Query("maxResults") is null ? null : call.Int("maxResults", 50),
        [.. call.QueryAll("fields")],
        [.. call.QueryAll("expand")],
        [.. call.QueryAll("properties")],
        [.. call.QueryAll("reconcileIssues").Select(long.Parse)]);

    public static SearchArguments FromBody(JsonObject body)
    {
        if (body["reconcileIssues"] is JsonArray reconcile && reconcile.Count > 50)
        {
            throw new JiraError("reconcileIssues accepts at most 50 issue ids.");
        }

        if (body["properties"] is JsonArray properties && properties.Count > 5)
        {
            throw new JiraError("At most 5 issue properties can be requested.");
        }

        return new SearchArguments(
            (string?)body["jql"],
            (string?)body["nextPageToken"],
            (int?)body["maxResults"],
            Strings(body["fields"]),
            ((string?)body["expand"]
                ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Strings(body["properties"]),
            [.. (body["reconcileIssues"] as JsonArray ?? []).Select(n => (long)n!)]);
    }

    private static string[] Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => (string?)n).OfType<string>()] : [];
}
