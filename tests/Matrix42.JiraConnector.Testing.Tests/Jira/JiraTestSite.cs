using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>A small seeded site with an admin, a normal user and project OPS, plus HTTP helpers.</summary>
internal sealed class JiraTestSite : IDisposable
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminToken = "admin-secret";
    public const string UserEmail = "mia@example.com";
    public const string UserToken = "mia-secret";

    public JiraTestSite(string userZone = "UTC")
    {
        Site = new FakeJiraCloud(Time);
        AdminId = Site.AddAccount(AdminEmail, AdminToken, isAdmin: true, displayName: "Admin", timeZone: "UTC");
        UserId = Site.AddAccount(UserEmail, UserToken, displayName: "Mia Krystof", timeZone: userZone);
        Site.AddProject("OPS", "Operations");
        Admin = Site.CreateClient(AdminEmail, AdminToken);
        User = Site.CreateClient(UserEmail, UserToken);
        Anonymous = Site.CreateClient();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public FakeJiraCloud Site { get; }

    public string AdminId { get; }

    public string UserId { get; }

    public HttpClient Admin { get; }

    public HttpClient User { get; }

    public HttpClient Anonymous { get; }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("null body");

    /// <summary>Runs a search as the given client and returns the keys of every page, following
    /// nextPageToken.</summary>
    public static async Task<List<string>> SearchKeysAsync(HttpClient client, string jql, int maxResults = 50)
    {
        var keys = new List<string>();
        string? token = null;
        for (var page = 0; page < 1000; page++)
        {
            var body = new JsonObject { ["jql"] = jql, ["fields"] = new JsonArray("key"), ["maxResults"] = maxResults };
            if (token is not null)
            {
                body["nextPageToken"] = token;
            }

            using var response = await client.PostAsJsonAsync("rest/api/3/search/jql", body);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var text = await response.Content.ReadAsStringAsync();
                var isJson = response.Content.Headers.ContentType?.MediaType == "application/json";
                throw new JiraSearchFailed(response.StatusCode, isJson
                    ? JsonNode.Parse(text)! : JsonValue.Create(text));
            }

            var json = await JsonAsync(response);

            keys.AddRange(json["issues"]!.AsArray().Select(i => (string)i!["key"]!));
            token = (string?)json["nextPageToken"];
            if (token is null || (bool?)json["isLast"] == true)
            {
                return keys;
            }
        }

        throw new InvalidOperationException("Search did not end.");
    }

    public void Dispose()
    {
        Admin.Dispose();
        User.Dispose();
        Anonymous.Dispose();
    }
}
