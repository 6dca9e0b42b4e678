using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>
/// Users: the bare-array list (every account, any type or state) with a server-side page cap, user search,
/// get, create (needs admin and <c>products</c>), delete, and a user's groups.
/// </summary>
internal static class UserEndpoints
{
    private static readonly HashSet<string> Products = new(StringComparer.Ordinal)
    {
        "jira-core", "jira-servicedesk", "jira-product-discovery", "jira-software",
    };

    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/users/search", List);
        router.Add("GET", "/rest/api/3/users", List);
        router.Add("GET", "/rest/api/3/user/search", Search);
        router.Add("GET", "/rest/api/3/user", Get);
        router.Add("POST", "/rest/api/3/user", Create);
        router.Add("DELETE", "/rest/api/3/user", Delete);
        router.Add("GET", "/rest/api/3/user/groups", Groups);
        router.Add("GET", "/rest/api/3/user/bulk", Bulk);
    }

    private static FakeResponse List(JiraCall call)
    {
        call.RequireCaller();
        var startAt = Math.Max(0, call.Int("startAt", 0));
        var size = Math.Clamp(call.Int("maxResults", 50), 0, call.Site.UserPageCap);
        var page = call.Site.UserOrder.Where(u => call.Site.IsListed(u.ListedAt)).Skip(startAt).Take(size)
            .Select(u => (JsonNode)call.Render.User(u, full: true));
        return call.Json(new JsonArray([.. page]));
    }

    private static FakeResponse Search(JiraCall call)
    {
        call.RequireCaller();
        var query = call.Query("query");
        var accountId = call.Query("accountId");
        if ((query is null) == (accountId is null))
        {
            throw new JiraError("Exactly one of the parameters query and accountId must be given.");
        }

        var matches = call.Site.UserOrder.Where(u => u.Active && call.Site.IsListed(u.ListedAt)).Where(u =>
            accountId is not null
                ? u.AccountId == accountId
                : Prefix(u.DisplayName, query!) || (u.EmailVisible && u.Email is not null && Prefix(u.Email, query!)));
        var startAt = Math.Max(0, call.Int("startAt", 0));
        var size = Math.Clamp(call.Int("maxResults", 50), 0, call.Site.UserPageCap);
        var page = matches.Take(1000).Skip(startAt).Take(size).Select(u => (JsonNode)call.Render.User(u, full: true));
        return call.Json(new JsonArray([.. page]));
    }

    private static bool Prefix(string text, string query) =>
        text.Split(' ', '.', '@').Any(w => w.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        || text.StartsWith(query, StringComparison.OrdinalIgnoreCase);

    private static FakeResponse Get(JiraCall call)
    {
        call.RequireCaller();
        var user = Find(call, call.Query("accountId"));
        return call.Json(call.Render.User(user, full: true));
    }

    private static FakeResponse Create(JiraCall call)
    {
        call.RequireAdmin("Only site administrators may create users.");
        var body = call.BodyObject();
        var email = (string?)body["emailAddress"];
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            throw JiraError.Field("emailAddress", "You must specify a valid email address.");
        }

        if (body["products"] is not JsonArray products)
        {
            throw new JiraError("You must specify the products that user can access.");
        }

        foreach (var product in products.Select(p => (string?)p))
        {
            if (product is null || !Products.Contains(product))
            {
                throw new JiraError($"The product '{product}' is not valid.");
            }
        }

        if (call.Site.UsersByEmail.TryGetValue(email, out var existing))
        {
            return call.Json(call.Render.User(existing, full: true), HttpStatusCode.Created);
        }

        var user = call.Site.AddUser(new JiraUser
        {
            AccountId = "712020:" + JiraSite.DeterministicGuid("user", call.Site.NextUserOrder),
            DisplayName = email[..email.IndexOf('@', StringComparison.Ordinal)],
            Email = email,
            TimeZone = call.Site.DefaultTimeZone,
            ListedAt = call.Site.DirectoryListedAt(),
        });
        return call.Json(call.Render.User(user, full: true), HttpStatusCode.Created);
    }

    private static FakeResponse Delete(JiraCall call)
    {
        call.RequireAdmin("Only site administrators may delete users.");
        var user = Find(call, call.Query("accountId"));
        if (user == call.Caller)
        {
            throw new JiraError("You cannot remove yourself.");
        }

        call.Site.RemoveUser(user.AccountId);
        return call.NoContent();
    }

    private static FakeResponse Groups(JiraCall call)
    {
        call.RequireCaller();
        var user = Find(call, call.Query("accountId"));
        var groups = call.Site.GroupsByName.Values.Where(g => g.Members.Contains(user.AccountId));
        return call.Json(new JsonArray([.. groups.Select(g => (JsonNode)call.Render.Group(g))]));
    }

    private static FakeResponse Bulk(JiraCall call)
    {
        call.RequireCaller();
        var users = call.QueryAll("accountId").Select(call.Site.FindUser).OfType<JiraUser>().ToList();
        var size = Math.Clamp(call.Int("maxResults", 10), 1, 200);
        return call.Page(users, call.Int("startAt", 0), size, u => call.Render.User(u));
    }

    private static JiraUser Find(JiraCall call, string? accountId)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            throw new JiraError("The accountId parameter must be specified.");
        }

        return call.Site.FindUser(accountId)
            ?? throw new JiraError(HttpStatusCode.NotFound, $"User with accountId '{accountId}' was not found.");
    }
}
