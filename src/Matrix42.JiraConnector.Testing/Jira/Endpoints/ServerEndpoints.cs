using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>Probes (<c>serverInfo</c>, <c>myself</c>) and the removed search endpoints, which answer 410.</summary>
internal static class ServerEndpoints
{
    private const string Removed =
        "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. " +
        "A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";

    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/serverInfo", ServerInfo);
        router.Add("GET", "/rest/api/3/myself", Myself);
        foreach (var version in new[] { "2", "3", "latest" })
        {
            router.Add("GET", $"/rest/api/{version}/search", Gone);
            router.Add("POST", $"/rest/api/{version}/search", Gone);
        }
    }

    private static FakeResponse ServerInfo(JiraCall call)
    {
        var baseUrl = call.Render.Api[..^"/rest/api/3".Length];
        return call.Json(new JsonObject
        {
            ["baseUrl"] = baseUrl,
            ["displayUrl"] = baseUrl,
            ["version"] = "1001.0.0-SNAPSHOT",
            ["versionNumbers"] = new JsonArray(1001, 0, 0),
            ["deploymentType"] = "Cloud",
            ["buildNumber"] = 100_000,
            ["buildDate"] = call.Render.Date(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ["serverTime"] = call.Render.Date(call.Site.Now),
            ["scmInfo"] = "fake",
            ["serverTitle"] = "Jira",
            ["serverTimeZone"] = "Etc/UTC",
        });
    }

    private static FakeResponse Myself(JiraCall call)
    {
        var me = call.RequireCaller();
        var json = call.Render.User(me, full: true);

        // An account always sees its own address, whatever its profile shows to others.
        if (me.Email is not null && !json.ContainsKey("emailAddress"))
        {
            json["emailAddress"] = me.Email;
        }

        return call.Json(json);
    }

    private static FakeResponse Gone(JiraCall call) =>
        JiraRouter.Error(HttpStatusCode.Gone, Removed, null, call.Route);
}
