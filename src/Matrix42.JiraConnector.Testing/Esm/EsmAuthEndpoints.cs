using System.Net;
using System.Web;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Login, token checks and the echo endpoints.</summary>
internal sealed class EsmAuthEndpoints(EsmStore store, EsmTokens tokens)
{
    public FakeResponse Login(EsmCall call)
    {
        var form = HttpUtility.ParseQueryString(call.Request.BodyText);
        var login = form["login"];
        var password = form["password"];
        if (string.IsNullOrEmpty(login) || password is null)
        {
            const string message = "Form fields 'login' and 'password' are required.";
            return EsmResponses.BadRequest(call, message, FakeEsmRoutes.Login);
        }

        if (!store.CheckPassword(login, password))
        {
            return EsmResponses.Failure(call, HttpStatusCode.Unauthorized, "Wrong credentials.", FakeEsmRoutes.Login);
        }

        var bearer = "Bearer " + tokens.Issue(login, call.Url);
        return EsmResponses.Success(call, "OK", FakeEsmRoutes.Login, bearer).WithHeader("Authorization", bearer);
    }

    /// <summary>Returns the caller's login, or the 401 answer when the token is missing, invalid or expired.</summary>
    public (string? Login, FakeResponse? Refusal) Authenticate(EsmCall call, string route)
    {
        var header = call.Request.Header("Authorization");
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Unauthorized(call, "A bearer token is required.", route));
        }

        var login = tokens.Validate(header["Bearer ".Length..].Trim());
        return login is not null && store.UserExists(login)
            ? (login, null)
            : (null, Unauthorized(call, "The token is invalid or has expired.", route));
    }

    public static FakeResponse Echo(EsmCall call, string route) =>
        EsmResponses.Success(call, call.Request.Query["message"] ?? string.Empty, route);

    private static FakeResponse Unauthorized(EsmCall call, string message, string route) =>
        EsmResponses.Failure(call, HttpStatusCode.Unauthorized, message, route);
}
