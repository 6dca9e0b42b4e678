namespace Matrix42.JiraConnector.Configuration;

/// <summary>Where the Jira Cloud site is and how to authenticate against it.</summary>
public sealed class JiraConnectionSettings
{
    /// <summary>The default Atlassian API gateway used with <see cref="CloudId"/>.</summary>
    public const string DefaultGatewayUrl = "https://api.atlassian.com";

    /// <summary>The site URL, e.g. <c>https://acme.atlassian.net</c>.</summary>
    /// <value>No default; required unless <see cref="CloudId"/> is set.</value>
    public string? SiteUrl { get; set; }

    /// <summary>The cloud id of the site; when set, requests go through <see cref="GatewayUrl"/>.</summary>
    /// <value>No default; required for <see cref="JiraAuthenticationKind.ScopedApiToken"/>.</value>
    public string? CloudId { get; set; }

    /// <summary>The gateway base URL used together with <see cref="CloudId"/>.</summary>
    /// <value>Defaults to <see cref="DefaultGatewayUrl"/>.</value>
    public string GatewayUrl { get; set; } = DefaultGatewayUrl;

    /// <summary>The authentication scheme.</summary>
    /// <value>Defaults to <see cref="JiraAuthenticationKind.ApiToken"/>.</value>
    public JiraAuthenticationKind Authentication { get; set; } = JiraAuthenticationKind.ApiToken;

    /// <summary>The account e-mail used with an API token.</summary>
    /// <value>No default; required for token authentication.</value>
    public string? Email { get; set; }

    /// <summary>The API token.</summary>
    /// <value>No default; required for token authentication.</value>
    public SecretValue? ApiToken { get; set; }

    /// <summary>The date the API token expires (tokens live at most one year), so hosts can warn in time.</summary>
    /// <value>No default; optional.</value>
    public DateOnly? ApiTokenExpiresOn { get; set; }

    /// <summary>The name of the bearer-token provider registered in the host.</summary>
    /// <value>No default; required for <see cref="JiraAuthenticationKind.BearerProvider"/>.</value>
    public string? BearerProviderName { get; set; }

    /// <summary>
    /// Allows plain <c>http</c> for a loopback host (127.0.0.1, ::1, localhost); meant for local fakes only.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool AllowInsecureLoopback { get; set; }
}
