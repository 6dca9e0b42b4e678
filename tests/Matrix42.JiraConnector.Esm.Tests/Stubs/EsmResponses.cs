using System.Net;
using System.Text;
using System.Text.Json;

namespace Matrix42.JiraConnector.Esm.Tests.Stubs;

/// <summary>Builds ESM-shaped answers (reference §3.5–3.7) and test JWTs.</summary>
public static class EsmResponses
{
    public static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        Raw(status, body is string text ? text : JsonSerializer.Serialize(body));

    public static HttpResponseMessage Raw(HttpStatusCode status, string json) => new(status)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    public static HttpResponseMessage Error(HttpStatusCode status, string message, object[]? errors = null) =>
        Json(status, new Dictionary<string, object?>
        {
            ["code"] = (int)status,
            ["error"] = status.ToString(),
            ["message"] = message,
            ["url"] = "https://localhost/rest-api/itsm/v1/x",
            ["timestamp"] = "2026-01-01T00:00:00Z",
            ["meta"] = errors is null ? null : new { errors },
        });

    public static HttpResponseMessage Ok(string message = "OK") =>
        Json(HttpStatusCode.OK, new { code = 200, message, timestamp = "2026-01-01T00:00:00Z" });

    /// <summary>An unsigned JWT with the given claims: enough for a client that only reads <c>exp</c>.</summary>
    public static string Jwt(DateTimeOffset issuedAt, DateTimeOffset expiresAt, string subject = "webapi")
    {
        static string Part(object value) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Part(new { alg = "HS512" });
        var payload = Part(new
        {
            sub = subject,
            iss = "https://localhost/rest-api/itsm/v1/users/login",
            iat = issuedAt.ToUnixTimeSeconds(),
            exp = expiresAt.ToUnixTimeSeconds(),
        });
        return $"{header}.{payload}.c2lnbmF0dXJl";
    }

    public static HttpResponseMessage LoginWithHeader(string jwt)
    {
        var response = Json(HttpStatusCode.OK, new { token = "Bearer " + jwt });
        response.Headers.TryAddWithoutValidation("Authorization", "Bearer " + jwt);
        return response;
    }

    public static HttpResponseMessage LoginWithBodyOnly(string jwt) =>
        Json(HttpStatusCode.OK, new { token = "Bearer " + jwt });

    public static object Card(long id, params (string Code, string Type, object[] Values)[] attributes) => new
    {
        dataCardId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        name = $"CARD-{id}",
        templateCode = "incident",
        templateName = "Incident",
        folderCode = "incidents",
        folderName = "Incidents",
        hidden = false,
        deleted = false,
        data = attributes.ToDictionary(
            a => a.Code,
            a => (object)new { name = a.Code, type = a.Type, values = a.Values }),
    };

    public static HttpResponseMessage Page(int limit, IEnumerable<object> cards, string nextHost = "evil.example")
    {
        var items = cards.ToArray();
        return Json(HttpStatusCode.OK, new
        {
            meta = new
            {
                count = items.Length,
                limit,
                links = new { next = $"https://{nextHost}/efecte/api/v1/dc/incident/data?limit={limit}&filterId=1" },
            },
            data = items,
        });
    }

    public static HttpResponseMessage Written(HttpStatusCode status, string id, object[]? errors = null) =>
        Json(status, new
        {
            meta = new { timestamp = "2026-01-01T00:00:00Z", url = "x", errors = errors ?? [] },
            dataCard = new { dataCardId = id },
        });

    public static object AttributeError(string code, string type, string message) =>
        new { attributeCode = code, attributeType = type, message, error = "Bad Request" };
}
