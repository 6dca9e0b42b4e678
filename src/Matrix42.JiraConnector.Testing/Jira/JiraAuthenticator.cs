using System.Net;
using System.Text;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// Basic authentication as Jira Cloud does it: <c>email:apiToken</c> checked against the site's accounts.
/// No header means anonymous (never a challenge); a header that does not check out answers 401.
/// </summary>
internal static class JiraAuthenticator
{
    public static JiraUser? Authenticate(JiraSite site, string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return null;
        }

        const string Scheme = "Basic ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw Denied();
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            throw Denied();
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw Denied();
        }

        var email = decoded[..colon];
        var token = decoded[(colon + 1)..];
        if (site.UsersByEmail.TryGetValue(email, out var user) && user.Active && user.ApiToken is not null
            && CryptographicEquals(user.ApiToken, token))
        {
            return user;
        }

        throw Denied();
    }

    private static bool CryptographicEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static JiraError Denied() =>
        new(HttpStatusCode.Unauthorized, "Client must be authenticated to access this resource.");
}
