using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>Configuration reads: fields, projects, issue types, statuses, priorities, resolutions, create
/// metadata.</summary>
internal static class MetadataEndpoints
{
    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/field", c => c.Json(new JsonArray([.. c.Site.Fields.Select(f =>
            (JsonNode)JiraRenderer.Field(f))])));
        router.Add("GET", "/rest/api/3/project/search", Projects);
        router.Add("GET", "/rest/api/3/project/{projectIdOrKey}", Project);
        router.Add("GET", "/rest/api/3/issuetype", c => c.Json(new JsonArray([.. c.Site.IssueTypes.Select(t =>
            (JsonNode)c.Render.IssueType(t))])));
        router.Add("GET", "/rest/api/3/status", c => c.Json(new JsonArray([.. c.Site.Statuses.Select(s =>
            (JsonNode)c.Render.Status(s))])));
        router.Add("GET", "/rest/api/3/priority", c => c.Json(new JsonArray([.. c.Site.Priorities.Select(p =>
            (JsonNode)Priority(c, p))])));
        router.Add("GET", "/rest/api/3/priority/search", Priorities);
        router.Add("GET", "/rest/api/3/resolution", c => c.Json(new JsonArray([.. c.Site.Resolutions.Select(r =>
            (JsonNode)c.Render.Resolution(r))])));
        router.Add("GET", "/rest/api/3/resolution/search", Resolutions);
        router.Add("GET", "/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes", CreateMetaTypes);
        router.Add("GET", "/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}", CreateMetaFields);
    }

    private static FakeResponse Projects(JiraCall call)
    {
        var keys = call.QueryAll("keys").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = call.Query("query");
        var projects = call.Site.Projects.Values
            .Where(p => call.Site.CanBrowse(call.Caller, p))
            .Where(p => keys.Count == 0 || keys.Contains(p.Key))
            .Where(p => query is null || p.Key.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var size = Math.Clamp(call.Int("maxResults", 50), 1, 100);
        return call.Page(projects, call.Int("startAt", 0), size, p => call.Render.Project(p));
    }

    private static FakeResponse Project(JiraCall call) => call.Json(call.Render.Project(VisibleProject(call)));

    private static JsonObject Priority(JiraCall call, JiraNamed priority)
    {
        var json = call.Render.Priority(priority);
        json["description"] = priority.Description;
        json["statusColor"] = "#999999";
        json["isDefault"] = priority.IsDefault;
        return json;
    }

    private static FakeResponse Priorities(JiraCall call)
    {
        var ids = call.QueryAll("id").ToHashSet(StringComparer.Ordinal);
        var name = call.Query("priorityName");
        var onlyDefault = call.Bool("onlyDefault", false);
        var list = call.Site.Priorities
            .Where(p =>
                (ids.Count == 0 || ids.Contains(p.Id))
                && (name is null || p.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                && (!onlyDefault || p.IsDefault))
            .ToList();
        var size = Math.Clamp(call.Int("maxResults", 50), 1, 100);
        return call.Page(list, call.Int("startAt", 0), size, p => Priority(call, p));
    }

    private static FakeResponse Resolutions(JiraCall call)
    {
        var size = Math.Clamp(call.Int("maxResults", 50), 1, 100);
        return call.Page(call.Site.Resolutions, call.Int("startAt", 0), size, r =>
        {
            var json = call.Render.Resolution(r);
            json["default"] = r.IsDefault;
            return json;
        });
    }

    private static FakeResponse CreateMetaTypes(JiraCall call)
    {
        VisibleProject(call);
        var size = Math.Clamp(call.Int("maxResults", 50), 1, 200);
        var startAt = Math.Max(0, call.Int("startAt", 0));
        var types = call.Site.IssueTypes.Skip(startAt).Take(size).Select(t => (JsonNode)call.Render.IssueType(t));
        return call.Json(new JsonObject
        {
            ["maxResults"] = size,
            ["startAt"] = startAt,
            ["total"] = call.Site.IssueTypes.Count,
            ["issueTypes"] = new JsonArray([.. types]),
        });
    }

    private static FakeResponse CreateMetaFields(JiraCall call)
    {
        var project = VisibleProject(call);
        if (JiraSite.FindNamed(call.Site.IssueTypes, call.Value("issueTypeId")) is null)
        {
            throw new JiraError(HttpStatusCode.NotFound, "The issue type was not found for this project.");
        }

        var fields = call.Site.Fields
            .Where(f =>
                f.Id is not ("status" or "created" or "updated" or "resolutiondate" or "comment" or "resolution"))
            .Select(f =>
            {
                var required = f.Id is "summary" or "project" or "issuetype" || project.RequiredFields.Contains(f.Id);
                var meta = call.Render.FieldMeta(f.Id, required);
                meta["fieldId"] = f.Id;
                return (JsonNode)meta;
            })
            .ToList();
        var startAt = Math.Max(0, call.Int("startAt", 0));
        var size = Math.Clamp(call.Int("maxResults", 50), 1, 200);
        return call.Json(new JsonObject
        {
            ["maxResults"] = size,
            ["startAt"] = startAt,
            ["total"] = fields.Count,
            ["fields"] = new JsonArray([.. fields.Skip(startAt).Take(size).Select(n => n.DeepClone())]),
        });
    }

    private static JiraProject VisibleProject(JiraCall call) =>
        call.Site.FindProject(call.Value("projectIdOrKey")) is { } p && call.Site.CanBrowse(call.Caller, p)
            ? p
            : throw new JiraError(HttpStatusCode.NotFound, "No project could be found with key '" + call.Value(
                "projectIdOrKey") + "'.");
}
