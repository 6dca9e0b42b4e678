using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Secrets;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Hosting.Connectors;

/// <summary>Turns a connector definition into the options of its Jira and ESM clients.</summary>
internal static class ConnectorClientSettings
{
    public static void ApplyJira(
        ConnectorDefinition connector, JiraClientOptions options, IConnectorSecretResolver secrets)
    {
        var jira = connector.Jira;
        options.SiteUrl = ToUri(jira.SiteUrl);
        options.CloudId = jira.CloudId;
        options.GatewayUrl = ToUri(jira.GatewayUrl) ?? options.GatewayUrl;
        options.Email = jira.Email;
        options.ApiToken = RevealOrNull(jira.ApiToken, secrets);
        options.AllowInsecureLoopback = jira.AllowInsecureLoopback;
        options.ApiTokenExpiresAt = jira.ApiTokenExpiresOn is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        options.Authentication = jira.Authentication switch
        {
            Configuration.JiraAuthenticationKind.ScopedApiToken => Jira.JiraAuthenticationKind.ScopedApiToken,
            Configuration.JiraAuthenticationKind.BearerProvider => Jira.JiraAuthenticationKind.Bearer,
            _ => Jira.JiraAuthenticationKind.ApiToken,
        };
    }

    public static void ApplyEsm(
        ConnectorDefinition connector, EsmClientOptions options, IConnectorSecretResolver secrets)
    {
        var esm = connector.Esm;
        options.BaseAddress = ToUri(esm.BaseUrl);
        options.Login = esm.WebApiUser;
        options.Password = RevealOrNull(esm.WebApiPassword, secrets);
        options.AllowInsecureLoopback = esm.AllowInsecureLoopback;
    }

    private static Uri? ToUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    // An unresolvable secret stays empty here; the start-up validation names the missing reference.
    private static string? RevealOrNull(SecretValue? secret, IConnectorSecretResolver secrets)
    {
        if (secret is null)
        {
            return null;
        }

        try
        {
            return secret.Reveal(secrets.Resolve);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
