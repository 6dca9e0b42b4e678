using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>One request being answered: the site, the authenticated caller, route values and helpers.</summary>
internal sealed class JiraCall
{
    private JsonNode? _body;
    private bool _bodyRead;

    public JiraCall(
        FakeRequest request, JiraSite site, JiraUser? caller, string baseUrl, string route, IReadOnlyDictionary<string,
        string> values)
    {
        Request = request;
        Site = site;
        Caller = caller;
        Route = route;
        RouteValues = values;
        Zone = JiraDates.Zone(caller?.TimeZone ?? site.DefaultTimeZone);
        Render = new JiraRenderer(site, baseUrl, Zone);
    }

    public FakeRequest Request { get; }

    public JiraSite Site { get; }

    public JiraUser? Caller { get; }

    public string Route { get; }

    public IReadOnlyDictionary<string, string> RouteValues { get; }

    public TimeZoneInfo Zone { get; }

    public JiraRenderer Render { get; }

    public string Value(string name) => RouteValues[name];

    public string? Query(string name) => Request.Query[name];

    public IEnumerable<string> QueryAll(string name) =>
        Request.Query.GetValues(name)?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)) ?? [];

    public int Int(string name, int fallback)
    {
        var text = Query(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JiraError($"The value '{text}' of parameter '{name}' is not a number.");
    }

    public bool Bool(string name, bool fallback) =>
        Query(name) is { } text ? text.Equals("true", StringComparison.OrdinalIgnoreCase) : fallback;

    /// <summary>The JSON body; a body that is not JSON answers 400 as Jira does.</summary>
    public JsonNode? Body()
    {
        if (_bodyRead)
        {
            return _body;
        }

        _bodyRead = true;
        if (Request.Body.IsEmpty)
        {
            return null;
        }

        try
        {
            _body = JsonNode.Parse(Request.Body.Span);
            return _body;
        }
        catch (JsonException e)
        {
            throw new JiraError("Unexpected character in the request body: " + e.Message, e);
        }
    }

    public JsonObject BodyObject() =>
        Body() as JsonObject ?? throw new JiraError("The request body must be a JSON object.");

    public JiraUser RequireCaller() =>
        Caller
            ?? throw new JiraError(
            HttpStatusCode.Unauthorized, "Client must be authenticated to access this resource.");

    public void RequireAdmin(string message = "You do not have permission to perform this operation.")
    {
        if (!RequireCaller().IsAdmin)
        {
            throw new JiraError(HttpStatusCode.Forbidden, message);
        }
    }

    public bool CanSee(JiraIssue issue) => Site.CanBrowse(Caller, issue.Project);

    /// <summary>Finds an issue the caller may see, following moved keys; otherwise 404 as Jira answers.</summary>
    public JiraIssue VisibleIssue(string idOrKey) =>
        Site.FindIssue(idOrKey) is { } issue && CanSee(issue) ? issue : throw JiraError.IssueNotFound();

    public FakeResponse Json(JsonNode node, HttpStatusCode status = HttpStatusCode.OK) =>
        FakeResponse.Json(status, node, Route);

    public FakeResponse NoContent() => FakeResponse.Empty(HttpStatusCode.NoContent, Route);

    /// <summary>The offset envelope (<c>PageBean</c>) around one page of items.</summary>
    public FakeResponse Page<T>(IReadOnlyList<T> all, int startAt, int maxResults, Func<T, JsonNode> render)
    {
        startAt = Math.Max(0, startAt);
        var page = all.Skip(startAt).Take(maxResults).ToList();
        var isLast = startAt + page.Count >= all.Count;
        var self = Render.Api[..^"/rest/api/3".Length] + Request.Path;
        var json = new JsonObject
        {
            ["self"] = self + "?" + Request.QueryString,
            ["maxResults"] = maxResults,
            ["startAt"] = startAt,
            ["total"] = all.Count,
            ["isLast"] = isLast,
            ["values"] = new JsonArray([.. page.Select(render)]),
        };
        if (!isLast)
        {
            var next = System.Web.HttpUtility.ParseQueryString(Request.QueryString);
            next["startAt"] = (startAt + page.Count).ToString(CultureInfo.InvariantCulture);
            next["maxResults"] = maxResults.ToString(CultureInfo.InvariantCulture);
            json["nextPage"] = $"{self}?{next}";
        }

        return Json(json);
    }
}
