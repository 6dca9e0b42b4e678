using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>Comments: the custom offset envelope with <c>total</c>, add, read, update and delete.</summary>
internal static class CommentEndpoints
{
    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/comment", List);
        router.Add("POST", "/rest/api/3/issue/{issueIdOrKey}/comment", Add);
        router.Add("GET", "/rest/api/3/issue/{issueIdOrKey}/comment/{id}", Get);
        router.Add("PUT", "/rest/api/3/issue/{issueIdOrKey}/comment/{id}", Update);
        router.Add("DELETE", "/rest/api/3/issue/{issueIdOrKey}/comment/{id}", Delete);
    }

    private static FakeResponse List(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var order = call.Query("orderBy") ?? "created";
        if (order is not ("created" or "+created" or "-created"))
        {
            throw new JiraError($"Invalid orderBy value '{order}'. Use created, +created or -created.");
        }

        var visible = (issue.Comments ?? []).Where(c => CanSee(call, c)).ToList();
        if (order == "-created")
        {
            visible.Reverse();
        }

        var startAt = Math.Max(0, call.Int("startAt", 0));
        var size = Math.Clamp(call.Int("maxResults", 100), 0, 100);
        var page = visible.Skip(startAt).Take(size).Select(c => (JsonNode)call.Render.Comment(issue, c));
        return call.Json(new JsonObject
        {
            ["startAt"] = startAt,
            ["maxResults"] = size,
            ["total"] = visible.Count,
            ["comments"] = new JsonArray([.. page]),
        });
    }

    private static FakeResponse Add(JiraCall call)
    {
        var caller = call.RequireCaller();
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var body = call.BodyObject();
        var adf = CheckBody(body["body"]);
        if ((issue.Comments?.Count ?? 0) >= 5000)
        {
            throw new JiraError(
                HttpStatusCode.RequestEntityTooLarge, "The issue has reached the limit of 5000 comments.");
        }

        var comment = call.Site.AddComment(issue, adf, caller.AccountId, Visibility(body["visibility"]));
        foreach (var property in body["properties"] as JsonArray ?? [])
        {
            if ((string?)property?["key"] == "sd.public.comment" && (bool?)property?["value"]?["internal"] == true)
            {
                comment.JsdPublic = false;
            }
        }

        return call.Json(call.Render.Comment(issue, comment), HttpStatusCode.Created);
    }

    private static FakeResponse Get(JiraCall call)
    {
        var (issue, comment) = Find(call);
        return call.Json(call.Render.Comment(issue, comment));
    }

    private static FakeResponse Update(JiraCall call)
    {
        var caller = call.RequireCaller();
        var (issue, comment) = Find(call);
        if (comment.AuthorId != caller.AccountId && !caller.IsAdmin)
        {
            throw new JiraError("You do not have the permission to edit this comment.");
        }

        var body = call.BodyObject();
        var newBody = CheckBody(body["body"]).DeepClone();
        call.Site.BeginWrite(issue);
        comment.Body = newBody;
        if (body.ContainsKey("visibility"))
        {
            comment.Visibility = Visibility(body["visibility"]);
        }

        comment.Updated = call.Site.Now;
        call.Site.MarkWritten(issue);
        return call.Json(call.Render.Comment(issue, comment));
    }

    private static FakeResponse Delete(JiraCall call)
    {
        if (call.Caller is null)
        {
            throw new JiraError(HttpStatusCode.MethodNotAllowed, "Anonymous users cannot delete comments.");
        }

        var (issue, comment) = Find(call);
        if (comment.AuthorId != call.Caller.AccountId && !call.Caller.IsAdmin)
        {
            throw new JiraError("You do not have the permission to delete this comment.");
        }

        issue.Comments!.Remove(comment);
        return call.NoContent();
    }

    private static (JiraIssue Issue, JiraComment Comment) Find(JiraCall call)
    {
        var issue = call.VisibleIssue(call.Value("issueIdOrKey"));
        var comment = issue.Comments?.Find(c => JiraSite.IdText(c.Id) == call.Value("id"));
        if (comment is null || !CanSee(call, comment))
        {
            throw new JiraError(HttpStatusCode.NotFound, "Can not find a comment for the id: " + call.Value(
                "id") + ".");
        }

        return (issue, comment);
    }

    /// <summary>A group-restricted comment is visible to members of that group and to admins.</summary>
    private static bool CanSee(JiraCall call, JiraComment comment)
    {
        if (comment.Visibility is not ("group", var group))
        {
            return true;
        }

        var caller = call.Caller;
        return caller is not null
            && (caller.IsAdmin || call.Site.FindGroup(null, group)?.Members.Contains(caller.AccountId) == true
            || call.Site.FindGroup(group, null)?.Members.Contains(caller.AccountId) == true);
    }

    private static JsonObject CheckBody(JsonNode? body)
    {
        if (body is not JsonObject doc || (string?)doc["type"] != "doc")
        {
            throw JiraError.Field(
                "comment", "Comment body is not valid! Operation value must be an Atlassian Document.");
        }

        return doc;
    }

    private static (string, string)? Visibility(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var type = (string?)node["type"];
        var value = (string?)node["value"] ?? (string?)node["identifier"];
        if (type is not ("group" or "role") || string.IsNullOrEmpty(value))
        {
            throw JiraError.Field("visibility", "Visibility needs a type (group or role) and a value.");
        }

        return (type, value);
    }
}
