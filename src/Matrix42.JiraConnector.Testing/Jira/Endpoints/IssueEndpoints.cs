using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>Reading, creating (one or in bulk), editing and deleting issues, and bulk fetch.</summary>
internal static class IssueEndpoints
{
    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}", Get);
        router.Add("POST", "/rest/api/3/issue", Create);
        router.Add("POST", "/rest/api/3/issue/bulk", CreateBulk);
        router.Add("PUT", "/rest/api/3/issue/{issueIdOrKey}", Edit);
        router.Add("DELETE", "/rest/api/3/issue/{issueIdOrKey}", Delete);
        router.Add("POST", "/rest/api/3/issue/bulkfetch", BulkFetch);
    }

    private static FakeResponse Get(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var fields = FieldSelection.Parse(call.QueryAll("fields"), defaultAll: true);
        var expand = call.QueryAll("expand").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return call.Json(call.Render.Issue(issue, fields, expand, call.QueryAll("properties")));
    }

    private static FakeResponse Create(JiraCall call)
    {
        var issue = CreateOne(call, call.BodyObject());
        return call.Json(Created(call, issue), HttpStatusCode.Created);
    }

    private static FakeResponse CreateBulk(JiraCall call)
    {
        var updates = call.BodyObject()["issueUpdates"] as JsonArray
            ?? throw new JiraError("issueUpdates must be specified.");
        if (updates.Count > 50)
        {
            throw new JiraError("At most 50 issues can be created in one request.");
        }

        var created = new JsonArray();
        var errors = new JsonArray();
        for (var i = 0; i < updates.Count; i++)
        {
            try
            {
                created.Add(Created(call, CreateOne(call, updates[i] as JsonObject ?? [])));
            }
            catch (JiraError e)
            {
                errors.Add(new JsonObject
                {
                    ["status"] = (int)e.Status,
                    ["elementErrors"] = ErrorCollection(e),
                    ["failedElementNumber"] = i,
                });
            }
        }

        var status = created.Count > 0 ? HttpStatusCode.Created : HttpStatusCode.BadRequest;
        return call.Json(new JsonObject { ["issues"] = created, ["errors"] = errors }, status);
    }

    private static JiraIssue CreateOne(JiraCall call, JsonObject body)
    {
        var caller = call.RequireCaller();
        var fields = body["fields"] as JsonObject ?? throw new JiraError("The issue fields must be specified.");
        var project = call.Site.FindProject((string?)fields["project"]?["id"] ?? (string?)fields["project"]?["key"]);
        if (project is not null && !call.Site.CanBrowse(caller, project))
        {
            throw JiraError.Field("project", "Specify a valid project ID or key");
        }

        var issue = call.Site.CreateIssue(fields, caller.AccountId, lenient: false);
        foreach (var property in body["properties"] as JsonArray ?? [])
        {
            var key = (string?)property?["key"] ?? throw new JiraError("An issue property needs a key.");
            (issue.Properties ??= new Dictionary<string, JsonNode?>(
                StringComparer.Ordinal))[key] = property?["value"]?.DeepClone();
        }

        return issue;
    }

    private static JsonObject Created(JiraCall call, JiraIssue issue) => new()
    {
        ["id"] = JiraSite.IdText(issue.Id),
        ["key"] = issue.Key,
        ["self"] = $"{call.Render.Api}/issue/{issue.Id}",
    };

    private static FakeResponse Edit(JiraCall call)
    {
        var caller = call.RequireCaller();
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var body = call.BodyObject();
        var fields = (body["fields"] as JsonObject)?.DeepClone() as JsonObject ?? [];
        foreach (var (fieldId, operations) in body["update"] as JsonObject ?? [])
        {
            if (fields.ContainsKey(fieldId))
            {
                throw JiraError.Field(fieldId, "Field '" + fieldId + "' cannot be set in both fields and update.");
            }

            if (fieldId == "comment")
            {
                continue;
            }

            fields[fieldId] = IssueUpdates.Apply(call, issue, fieldId, operations as JsonArray ?? []);
        }

        call.Site.EditIssue(issue, fields, caller.AccountId);
        foreach (var op in body["update"]?["comment"] as JsonArray ?? [])
        {
            if (op?["add"] is JsonObject add)
            {
                call.Site.AddComment(issue, add["body"], caller.AccountId, null);
            }
        }

        if (call.Bool("returnIssue", false))
        {
            return call.Json(call.Render.Issue(issue, FieldSelection.Parse(null, defaultAll: true)));
        }

        return call.NoContent();
    }

    private static FakeResponse Delete(JiraCall call)
    {
        call.RequireCaller();
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var subtasks = call.Site.Issues.Values.Where(i =>
            (string?)i.GetExtra("parent")?["id"] == JiraSite.IdText(issue.Id)).ToList();
        if (subtasks.Count > 0 && !call.Bool("deleteSubtasks", false))
        {
            throw new JiraError($"The issue has subtasks; set deleteSubtasks=true to delete them with it.");
        }

        subtasks.ForEach(call.Site.DeleteIssue);
        call.Site.DeleteIssue(issue);
        return call.NoContent();
    }

    private static FakeResponse BulkFetch(JiraCall call)
    {
        var body = call.BodyObject();
        var wanted = body["issueIdsOrKeys"] as JsonArray ?? throw new JiraError("issueIdsOrKeys must be specified.");
        if (wanted.Count is 0 or > 100)
        {
            throw new JiraError("issueIdsOrKeys must hold between 1 and 100 issue ids or keys.");
        }

        var fields = FieldSelection.Parse((body["fields"] as JsonArray)?.Select(n => (string?)n), defaultAll: false);
        var expand = ((body["expand"] as JsonArray)?.Select(n =>
            (string?)n).OfType<string>() ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var properties = (body["properties"] as JsonArray)?.Select(n => (string?)n).OfType<string>().ToList();
        var found = new SortedDictionary<long, JiraIssue>();
        var errors = new JsonArray();
        foreach (var idOrKey in wanted.Select(n => n?.ToString() ?? string.Empty))
        {
            if (call.Site.FindIssue(idOrKey) is { } issue && call.CanSee(issue))
            {
                found[issue.Id] = issue;
            }
            else
            {
                errors.Add(
                    new JsonObject { ["id"] = idOrKey,
                    ["errorMessage"] = "Issue does not exist or you do not have permission to see it." });
            }
        }

        var issues = new JsonArray([.. found.Values.Select(i =>
            (JsonNode)call.Render.Issue(i, fields, expand, properties, embedded: true))]);
        return call.Json(new JsonObject { ["issues"] = issues, ["issueErrors"] = errors });
    }

    public static JsonObject ErrorCollection(JiraError e)
    {
        var errors = new JsonObject();
        foreach (var (field, text) in e.FieldErrors)
        {
            errors[field] = text;
        }

        var messages = string.IsNullOrEmpty(e.Message) ? new JsonArray() : new JsonArray(e.Message);
        return new JsonObject { ["errorMessages"] = messages, ["errors"] = errors, ["status"] = (int)e.Status };
    }
}
