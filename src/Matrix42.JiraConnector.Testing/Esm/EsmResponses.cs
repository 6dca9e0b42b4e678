using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// The API's two generic bodies: <c>ApiException</c> for failures, <c>ApiResponse</c> for plain successes.
/// </summary>
internal static class EsmResponses
{
    public static FakeResponse Failure(EsmCall call, HttpStatusCode status, string message, string route) =>
        FakeResponse.Json(
            status,
            new JsonObject
            {
                ["code"] = (int)status,
                ["message"] = message,
                ["error"] = ReasonOf(status),
                ["url"] = call.Url,
                ["timestamp"] = EsmFormat.Instant(call.Now),
            },
            route);

    public static FakeResponse BadRequest(EsmCall call, string message, string route) =>
        Failure(call, HttpStatusCode.BadRequest, message, route);

    public static FakeResponse NotFound(EsmCall call, string message, string route) =>
        Failure(call, HttpStatusCode.NotFound, message, route);

    public static FakeResponse Success(EsmCall call, string message, string route, string? token = null)
    {
        var body = new JsonObject
        {
            ["code"] = 200,
            ["message"] = message,
            ["timestamp"] = EsmFormat.Instant(call.Now),
        };
        if (token is not null)
        {
            body["token"] = token;
        }

        return FakeResponse.Json(HttpStatusCode.OK, body, route);
    }

    private static string ReasonOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.MethodNotAllowed => "Method Not Allowed",
        HttpStatusCode.Conflict => "Conflict",
        _ => status.ToString(),
    };
}
