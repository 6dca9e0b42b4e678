using System.Globalization;
using System.Net;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Matches a request to an endpoint, checks the token and resolves template, card and attribute.</summary>
internal sealed class EsmRouter(EsmStore store, EsmAuthEndpoints auth, FakeEsmSettings settings)
{
    private const string Card = "/dc/{templateCode}/data/{dataCardId}";

    private static readonly HashSet<string> Routes =
    [
        FakeEsmRoutes.Login, FakeEsmRoutes.Echo, FakeEsmRoutes.EchoJwt, FakeEsmRoutes.ListTemplates,
        FakeEsmRoutes.GetTemplate, FakeEsmRoutes.Query, FakeEsmRoutes.Stream, FakeEsmRoutes.Create,
        FakeEsmRoutes.BulkImport, FakeEsmRoutes.GetCard, FakeEsmRoutes.Modify, FakeEsmRoutes.Trash,
        FakeEsmRoutes.GetAttribute, FakeEsmRoutes.ReplaceAttribute, FakeEsmRoutes.AddAttributeValues,
        FakeEsmRoutes.ClearAttribute,
    ];

    /// <summary>The route a request reaches, or <see langword="null"/> when it reaches none.</summary>
    public string? RouteOf(FakeRequest request)
    {
        var segments = SegmentsOf(request);
        var pattern = segments is null ? null : PatternOf(segments, request.Method);
        var route = $"{request.Method} {pattern}";
        return pattern is not null && Routes.Contains(route) ? route : null;
    }

    public FakeResponse Route(EsmCall call)
    {
        var segments = SegmentsOf(call.Request);
        var pattern = segments is null ? null : PatternOf(segments, call.Request.Method);
        if (pattern is null)
        {
            return EsmResponses.NotFound(call, "No such resource.", FakeEsmRoutes.Unknown);
        }

        var route = $"{call.Request.Method} {pattern}";
        if (!Routes.Contains(route))
        {
            const string message = "Method not allowed.";
            return EsmResponses.Failure(call, HttpStatusCode.MethodNotAllowed, message, FakeEsmRoutes.Unknown);
        }

        if (route is FakeEsmRoutes.Login)
        {
            return auth.Login(call);
        }

        if (route is FakeEsmRoutes.Echo)
        {
            return EsmAuthEndpoints.Echo(call, route);
        }

        var (login, refusal) = auth.Authenticate(call, route);
        return refusal ?? Serve(call with { Login = login! }, route, segments!);
    }

    private string[]? SegmentsOf(FakeRequest request)
    {
        var path = request.Path;
        if (!path.StartsWith(settings.BasePath + "/", StringComparison.Ordinal))
        {
            return null;
        }

        return path[(settings.BasePath.Length + 1)..]
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
    }

    private FakeResponse Serve(EsmCall call, string route, string[] segments)
    {
        if (route is FakeEsmRoutes.EchoJwt)
        {
            return EsmAuthEndpoints.Echo(call, route);
        }

        if (route is FakeEsmRoutes.ListTemplates)
        {
            return EsmTemplateEndpoints.List(call, store);
        }

        var template = store.FindTemplate(segments[1]);
        if (template is null)
        {
            return EsmResponses.NotFound(call, $"Template '{segments[1]}' not found.", route);
        }

        if (store.IsForbidden(template.Code))
        {
            var message = $"No permission on template '{template.Code}'.";
            return EsmResponses.Failure(call, HttpStatusCode.Forbidden, message, route);
        }

        return route switch
        {
            FakeEsmRoutes.GetTemplate => EsmTemplateEndpoints.Get(call, template),
            FakeEsmRoutes.Query =>
                EsmQueryEndpoints.List(call, template, store, settings.NotFoundWhenFilterMatchesNothing),
            FakeEsmRoutes.Stream => EsmQueryEndpoints.Stream(call, template, store),
            FakeEsmRoutes.Create => EsmWriteEndpoints.Create(call, template, store),
            FakeEsmRoutes.BulkImport => EsmWriteEndpoints.Bulk(call, template, store),
            _ => ServeCard(call, route, segments, template),
        };
    }

    private FakeResponse ServeCard(EsmCall call, string route, string[] segments, EsmTemplate template)
    {
        var card = long.TryParse(segments[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? store.FindCard(id)
            : null;
        if (card is null || card.Template != template)
        {
            var message = $"Data card '{segments[3]}' of template '{template.Code}' not found.";
            return EsmResponses.NotFound(call, message, route);
        }

        switch (route)
        {
            case FakeEsmRoutes.GetCard:
                return EsmQueryEndpoints.Get(call, card, store);
            case FakeEsmRoutes.Modify:
                return EsmWriteEndpoints.Modify(call, card, store);
            case FakeEsmRoutes.Trash:
                return EsmWriteEndpoints.Trash(call, card);
        }

        var attribute = template.Find(segments[4]);
        if (attribute is null)
        {
            return EsmResponses.NotFound(call, $"Template '{template.Code}' has no attribute '{segments[4]}'.", route);
        }

        return route switch
        {
            FakeEsmRoutes.GetAttribute => EsmAttributeEndpoints.Get(call, card, attribute, store),
            FakeEsmRoutes.ReplaceAttribute => EsmAttributeEndpoints.Replace(call, card, attribute, store),
            FakeEsmRoutes.AddAttributeValues => EsmAttributeEndpoints.Add(call, card, attribute, store),
            _ => EsmAttributeEndpoints.Clear(call, card, attribute),
        };
    }

    private static string? PatternOf(string[] segments, string method) => segments switch
    {
        ["users", "login"] => "/users/login",
        ["echo"] => "/echo",
        ["echo", "jwt"] => "/echo/jwt",
        ["dc"] => "/dc",
        ["dc", _] => "/dc/{templateCode}",
        ["dc", _, "data"] => "/dc/{templateCode}/data",
        ["dc", _, "data", "stream"] when method == "GET" => "/dc/{templateCode}/data/stream",
        ["dc", _, "data", _] => Card,
        ["dc", _, "data", _, _] => Card + "/{attributeCode}",

        // File upload and download are not served; they answer 404 like an unknown path.
        _ => null,
    };
}
