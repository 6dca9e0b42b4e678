using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>Transitions, changelog, issue properties and edit metadata of one issue.</summary>
internal static class IssueDetailEndpoints
{
    private const int PropertyValueLimit = 32_768;

    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/transitions", Transitions);
        router.Add("POST", "/rest/api/3/issue/{issueIdOrKey}/transitions", DoTransition);
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/changelog", Changelog);
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/properties", PropertyKeys);
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}", GetProperty);
        router.Add("PUT", "/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}", SetProperty);
        router.Add("DELETE", "/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}", DeleteProperty);
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/editmeta", EditMeta);
    }

    private static FakeResponse Transitions(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var withFields = call.QueryAll("expand").Contains("transitions.fields", StringComparer.OrdinalIgnoreCase);
        var only = call.Query("transitionId");
        var list = call.Site.Transitions
            .Where(t => t.AppliesFrom(issue.Status.Id) && (only is null || t.Id == only))
            .Select(t => (JsonNode)call.Render.Transition(t, withFields));
        return call.Json(new JsonObject { ["expand"] = "transitions", ["transitions"] = new JsonArray([.. list]) });
    }

    private static FakeResponse DoTransition(JiraCall call)
    {
        var caller = call.RequireCaller();
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var body = call.BodyObject();
        var id = (string?)body["transition"]?["id"] ?? throw new JiraError("Transition id must be specified.");
        var transition = call.Site.Transitions.Find(t => t.Id == id && t.AppliesFrom(issue.Status.Id))
            ?? throw new JiraError($"Transition id '{id}' is not valid for this issue.");
        call.Site.Transition(issue, transition, body["fields"] as JsonObject, caller.AccountId);
        foreach (var op in body["update"]?["comment"] as JsonArray ?? [])
        {
            if (op?["add"] is JsonObject add)
            {
                call.Site.AddComment(issue, add["body"], caller.AccountId, null);
            }
        }

        return call.NoContent();
    }

    private static FakeResponse Changelog(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var size = Math.Clamp(call.Int("maxResults", 100), 1, 100);
        return call.Page(issue.Changes ?? [], call.Int("startAt", 0), size, c => call.Render.Change(c));
    }

    private static FakeResponse PropertyKeys(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var keys = (issue.Properties?.Keys ?? Enumerable.Empty<string>()).Select(k => (JsonNode)new JsonObject
        {
            ["key"] = k,
            ["self"] = $"{call.Render.Api}/issue/{issue.Id}/properties/{Uri.EscapeDataString(k)}",
        });
        return call.Json(new JsonObject { ["keys"] = new JsonArray([.. keys]) });
    }

    private static FakeResponse GetProperty(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var key = call.Value("propertyKey");
        if (issue.Properties?.TryGetValue(key, out var value) != true)
        {
            throw new JiraError(HttpStatusCode.NotFound, $"The property with key '{key}' does not exist.");
        }

        return call.Json(new JsonObject { ["key"] = key, ["value"] = value?.DeepClone() });
    }

    private static FakeResponse SetProperty(JiraCall call)
    {
        call.RequireCaller();
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var key = call.Value("propertyKey");
        if (key.Length > 255)
        {
            throw new JiraError("The property key cannot be longer than 255 characters.");
        }

        if (call.Request.Body.IsEmpty || call.Request.Body.Length > PropertyValueLimit)
        {
            throw new JiraError("The property value must be non-empty JSON of at most 32768 characters.");
        }

        var value = call.Body();
        issue.Properties ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var existed = issue.Properties.ContainsKey(key);
        issue.Properties[key] = value?.DeepClone();
        return FakeResponse.Empty(existed ? HttpStatusCode.OK : HttpStatusCode.Created, call.Route);
    }

    private static FakeResponse DeleteProperty(JiraCall call)
    {
        call.RequireCaller();
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var key = call.Value("propertyKey");
        if (issue.Properties?.Remove(key) != true)
        {
            throw new JiraError(HttpStatusCode.NotFound, $"The property with key '{key}' does not exist.");
        }

        return call.NoContent();
    }

    private static FakeResponse EditMeta(JiraCall call)
    {
        call.VisibleIssue(call.Value("issueIdOrKey"));
        var fields = new JsonObject();
        foreach (var field in call.Site.Fields.Where(f => f.Id is not ("project" or "status" or "created" or "updated"
            or "resolutiondate" or "comment" or "resolution")))
        {
            fields[field.Id] = call.Render.FieldMeta(field.Id, field.Id is "summary" or "issuetype");
        }

        return call.Json(new JsonObject { ["fields"] = fields });
    }
}
