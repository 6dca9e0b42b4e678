using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>One request being served: what was asked, by whom, and where the API lives.</summary>
/// <param name="Request">The request.</param>
/// <param name="Origin">Scheme, host and port the client used, e.g. <c>http://127.0.0.1:5000</c>.</param>
/// <param name="BasePath">The API base path, e.g. <c>/rest-api/itsm/v1</c>.</param>
/// <param name="Now">The time the request is served.</param>
internal sealed record EsmCall(FakeRequest Request, string Origin, string BasePath, DateTimeOffset Now)
{
    /// <summary>The authenticated login; empty before authentication.</summary>
    public string Login { get; init; } = string.Empty;

    /// <summary>The absolute API base, e.g. <c>http://127.0.0.1:5000/rest-api/itsm/v1</c>.</summary>
    public string ApiBase => Origin + BasePath;

    /// <summary>The absolute URL of the request without its query string.</summary>
    public string Url => Origin + Request.Path;

    public EsmWriteContext Writing(EsmStore store) => new(store, Login, Now, Seeding: false);
}
