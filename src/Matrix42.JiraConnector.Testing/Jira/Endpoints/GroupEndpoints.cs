using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>
/// Groups keyed by <c>groupId</c>: the bulk list and member list (offset envelopes), create and delete
/// (with <c>swapGroupId</c>), membership writes (site admin) and the group picker.
/// </summary>
internal static class GroupEndpoints
{
    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/group/bulk", Bulk);
        router.Add("POST", "/rest/api/3/group", Create);
        router.Add("DELETE", "/rest/api/3/group", Delete);
        router.Add("GET", "/rest/api/3/group/member", Members);
        router.Add("POST", "/rest/api/3/group/user", AddMember);
        router.Add("DELETE", "/rest/api/3/group/user", RemoveMember);
        router.Add("GET", "/rest/api/3/groups/picker", Picker);
    }

    private static FakeResponse Bulk(JiraCall call)
    {
        call.RequireCaller();
        var ids = call.Request.Query.GetValues("groupId");
        var names = call.Request.Query.GetValues("groupName");
        var groups = call.Site.GroupsByName.Values.Where(g => call.Site.IsListed(g.ListedAt));
        if (ids is not null || names is not null)
        {
            groups = groups.Where(g => (ids?.Contains(g.GroupId) ?? false)
                || (names?.Contains(g.Name, StringComparer.OrdinalIgnoreCase) ?? false));
        }

        var size = Math.Clamp(call.Int("maxResults", 50), 1, 1000);
        return call.Page(groups.ToList(), call.Int("startAt", 0), size, g => new JsonObject
        {
            ["name"] = g.Name,
            ["groupId"] = g.GroupId,
        });
    }

    private static FakeResponse Create(JiraCall call)
    {
        call.RequireAdmin("Only site administrators may create groups.");
        var name = (string?)call.BodyObject()["name"];
        var group = call.Site.AddGroup(name ?? string.Empty);
        group.ListedAt = call.Site.DirectoryListedAt();
        return call.Json(GroupWithUsers(call, group), HttpStatusCode.Created);
    }

    private static FakeResponse Delete(JiraCall call)
    {
        call.RequireAdmin("Only site administrators may delete groups.");
        var group = Find(call);
        var swapId = call.Query("swapGroupId") ?? call.Query("swapGroup");
        if (swapId is not null)
        {
            var swap = call.Site.FindGroup(call.Query("swapGroupId"), call.Query("swapGroup"))
                ?? throw JiraError.GroupNotFound();
            if (swap == group)
            {
                throw new JiraError("You cannot swap a group with itself.");
            }

            // Comments restricted to the removed group move to the swap group, as Jira moves them.
            foreach (var comment in call.Site.Issues.Values.SelectMany(i => i.Comments ?? []))
            {
                if (comment.Visibility is ("group", var value) && (value == group.Name || value == group.GroupId))
                {
                    comment.Visibility = ("group", swap.Name);
                }
            }
        }

        call.Site.RemoveGroup(group.GroupId);
        return FakeResponse.Empty(HttpStatusCode.OK, call.Route);
    }

    private static FakeResponse Members(JiraCall call)
    {
        call.RequireCaller();
        var group = Find(call);
        var includeInactive = call.Bool("includeInactiveUsers", false);
        var members = group.Members
            .Select(call.Site.FindUser)
            .OfType<JiraUser>()
            .Where(u => includeInactive || u.Active)
            .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(u => u.AccountId, StringComparer.Ordinal)
            .ToList();
        var size = Math.Clamp(call.Int("maxResults", 50), 1, 50);
        return call.Page(members, call.Int("startAt", 0), size, u => call.Render.User(u));
    }

    private static FakeResponse AddMember(JiraCall call)
    {
        call.RequireAdmin("Only site administrators may change group membership.");
        var group = Find(call);
        var accountId = (string?)call.BodyObject()["accountId"];
        if (string.IsNullOrEmpty(accountId))
        {
            throw new JiraError("You must specify the accountId of the user to add.");
        }

        call.Site.AddMember(group, accountId);
        return call.Json(GroupWithUsers(call, group), HttpStatusCode.Created);
    }

    private static FakeResponse RemoveMember(JiraCall call)
    {
        call.RequireAdmin("Only site administrators may change group membership.");
        var group = Find(call);
        var accountId = call.Query("accountId");
        if (string.IsNullOrEmpty(accountId))
        {
            throw new JiraError("You must specify the accountId of the user to remove.");
        }

        call.Site.RemoveMember(group, accountId);
        return FakeResponse.Empty(HttpStatusCode.OK, call.Route);
    }

    private static FakeResponse Picker(JiraCall call)
    {
        call.RequireCaller();
        var query = call.Query("query") ?? string.Empty;
        var excluded = call.QueryAll("exclude").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matches = call.Site.GroupsByName.Values
            .Where(g => call.Site.IsListed(g.ListedAt) && !excluded.Contains(g.Name) &&
                g.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var size = Math.Max(0, call.Int("maxResults", 20));
        var shown = matches.Take(size).Select(g => (JsonNode)new JsonObject
        {
            ["name"] = g.Name,
            ["html"] = System.Net.WebUtility.HtmlEncode(g.Name),
            ["labels"] = new JsonArray(),
            ["groupId"] = g.GroupId,
        });
        var groups = new JsonArray([.. shown]);
        return call.Json(new JsonObject
        {
            ["header"] = $"Showing {groups.Count} of {matches.Count} matching groups",
            ["total"] = matches.Count,
            ["groups"] = groups,
        });
    }

    private static JiraGroup Find(JiraCall call)
    {
        var id = call.Query("groupId");
        var name = call.Query("groupname") ?? call.Query("groupName");
        if (id is null && name is null)
        {
            throw new JiraError("You must specify groupId or groupname.");
        }

        return call.Site.FindGroup(id, name) ?? throw JiraError.GroupNotFound();
    }

    private static JsonObject GroupWithUsers(JiraCall call, JiraGroup group)
    {
        var json = call.Render.Group(group);
        json["users"] = new JsonObject
        {
            ["size"] = group.Members.Count,
            ["items"] = new JsonArray(),
            ["max-results"] = 50,
            ["start-index"] = 0,
            ["end-index"] = 0,
        };
        json["expand"] = "users";
        return json;
    }
}
