using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Endpoints;
using Matrix42.JiraConnector.Testing.Jira.Jql;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// Matches requests to endpoint handlers and turns refusals into Jira's error body. Order of checks follows
/// Jira: rate limit, then authentication, then the endpoint's own permission and validation.
/// </summary>
internal sealed class JiraRouter
{
    private readonly List<JiraRoute> _routes = [];

    public JiraRouter()
    {
        ServerEndpoints.Register(this);
        SearchEndpoints.Register(this);
        IssueEndpoints.Register(this);
        IssueDetailEndpoints.Register(this);
        CommentEndpoints.Register(this);
        UserEndpoints.Register(this);
        GroupEndpoints.Register(this);
        MetadataEndpoints.Register(this);
    }

    public BurstLimiter Limiter { get; } = new();

    public void Add(string method, string template, Func<JiraCall, FakeResponse> handler) =>
        _routes.Add(new JiraRoute(method, template, handler));

    public FakeResponse Handle(FakeRequest request, JiraSite site, Uri fallbackBase)
    {
        var path = request.Path.Trim('/').Split('/');
        JiraRoute? route = null;
        Dictionary<string, string>? values = null;
        foreach (var candidate in _routes)
        {
            if (candidate.Method == request.Method && candidate.TryMatch(path, out values))
            {
                route = candidate;
                break;
            }
        }

        if (route is null)
        {
            return Error(HttpStatusCode.NotFound, $"null for uri: {request.Path}", null, "UNMATCHED");
        }

        lock (site.Sync)
        {
            if (Limiter.Take(route.Name, site.Now) is { } wait)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                return Error(HttpStatusCode.TooManyRequests, "Rate limit exceeded.", null, route.Name)
                    .WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture))
                    .WithHeader("RateLimit-Reason", "jira-burst-based");
            }

            try
            {
                var caller = JiraAuthenticator.Authenticate(site, request.Header("Authorization"));
                var call = new JiraCall(request, site, caller, BaseUrl(request, fallbackBase), route.Name, values!);
                return route.Handler(call);
            }
            catch (JiraError e)
            {
                return Error(e.Status, e.Message, e.FieldErrors, route.Name);
            }
            catch (JqlException e)
            {
                return Error(HttpStatusCode.BadRequest, e.Message, null, route.Name);
            }
#pragma warning disable CA1031
            catch (Exception e) when (
                e is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
#pragma warning restore CA1031
            {
                // A request the fake mishandles answers 500 with the reason, as a server error would, not a test crash.
                return Error(
                    HttpStatusCode.InternalServerError, "Fake Jira could not handle the request: " + e.Message, null,
                    route.Name);
            }
        }
    }

    public static FakeResponse Error(
        HttpStatusCode status, string message, IReadOnlyDictionary<string, string>? fields, string route)
    {
        var errors = new JsonObject();
        foreach (var (field, text) in fields ?? new Dictionary<string, string>())
        {
            errors[field] = text;
        }

        var messages = string.IsNullOrEmpty(message) ? new JsonArray() : new JsonArray(message);
        return FakeResponse.Json(status, new JsonObject { ["errorMessages"] = messages, ["errors"] = errors }, route);
    }

    /// <summary>Links point back at the address the caller used, so they work on loopback as well.</summary>
    private static string BaseUrl(FakeRequest request, Uri fallback) =>
        request.Header("Host") is { Length: > 0 } host ? $"http://{host}" : fallback.GetLeftPart(UriPartial.Authority);
}
