namespace Matrix42.JiraConnector.Jira;

/// <summary>How the client authenticates to Jira Cloud.</summary>
public enum JiraAuthenticationKind
{
    /// <summary>
    /// Basic authentication with the account e-mail and a classic API token, sent to the site URL on
    /// every request (never waiting for a challenge).
    /// </summary>
    ApiToken,

    /// <summary>
    /// Basic authentication with the account e-mail and a scoped API token. Scoped tokens work only through
    /// the <c>api.atlassian.com/ex/jira/{cloudId}</c> gateway; the cloud id is read from the site's
    /// <c>/_edge/tenant_info</c> when not configured.
    /// </summary>
    ScopedApiToken,

    /// <summary>
    /// An OAuth 2.0 access token from <see cref="JiraClientOptions.BearerTokenProvider"/>, sent as a bearer
    /// token through the gateway.
    /// </summary>
    Bearer,
}
