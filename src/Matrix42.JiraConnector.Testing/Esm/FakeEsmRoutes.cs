namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// The route names <see cref="FakeEsm"/> reports to the request log, relative to the base path, so
/// tests can count calls per endpoint with <see cref="Diagnostics.RequestLog.CountOf"/>.
/// </summary>
public static class FakeEsmRoutes
{
    /// <summary><c>POST /users/login</c>.</summary>
    public const string Login = "POST /users/login";

    /// <summary><c>GET /echo</c>.</summary>
    public const string Echo = "GET /echo";

    /// <summary><c>GET /echo/jwt</c>.</summary>
    public const string EchoJwt = "GET /echo/jwt";

    /// <summary><c>GET /dc</c>.</summary>
    public const string ListTemplates = "GET /dc";

    /// <summary><c>GET /dc/{templateCode}</c>.</summary>
    public const string GetTemplate = "GET /dc/{templateCode}";

    /// <summary><c>GET /dc/{templateCode}/data</c>.</summary>
    public const string Query = "GET /dc/{templateCode}/data";

    /// <summary><c>GET /dc/{templateCode}/data/stream</c>.</summary>
    public const string Stream = "GET /dc/{templateCode}/data/stream";

    /// <summary><c>POST /dc/{templateCode}/data</c>.</summary>
    public const string Create = "POST /dc/{templateCode}/data";

    /// <summary><c>PUT /dc/{templateCode}/data</c>.</summary>
    public const string BulkImport = "PUT /dc/{templateCode}/data";

    /// <summary><c>GET /dc/{templateCode}/data/{dataCardId}</c>.</summary>
    public const string GetCard = "GET /dc/{templateCode}/data/{dataCardId}";

    /// <summary><c>PATCH /dc/{templateCode}/data/{dataCardId}</c>.</summary>
    public const string Modify = "PATCH /dc/{templateCode}/data/{dataCardId}";

    /// <summary><c>DELETE /dc/{templateCode}/data/{dataCardId}</c>.</summary>
    public const string Trash = "DELETE /dc/{templateCode}/data/{dataCardId}";

    /// <summary><c>GET /dc/{templateCode}/data/{dataCardId}/{attributeCode}</c>.</summary>
    public const string GetAttribute = "GET /dc/{templateCode}/data/{dataCardId}/{attributeCode}";

    /// <summary><c>PUT /dc/{templateCode}/data/{dataCardId}/{attributeCode}</c>.</summary>
    public const string ReplaceAttribute = "PUT /dc/{templateCode}/data/{dataCardId}/{attributeCode}";

    /// <summary><c>POST /dc/{templateCode}/data/{dataCardId}/{attributeCode}</c>.</summary>
    public const string AddAttributeValues = "POST /dc/{templateCode}/data/{dataCardId}/{attributeCode}";

    /// <summary><c>DELETE /dc/{templateCode}/data/{dataCardId}/{attributeCode}</c>.</summary>
    public const string ClearAttribute = "DELETE /dc/{templateCode}/data/{dataCardId}/{attributeCode}";

    /// <summary>Any request the fake has no endpoint for.</summary>
    public const string Unknown = "UNKNOWN";
}
