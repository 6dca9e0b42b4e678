namespace Matrix42.JiraConnector.Configuration;

/// <summary>How the connector authenticates against Jira Cloud.</summary>
public enum JiraAuthenticationKind
{
    /// <summary>Account e-mail and a classic API token (basic auth against the site URL).</summary>
    ApiToken,

    /// <summary>Account e-mail and an API token with scopes; works only through the gateway with a cloud id.</summary>
    ScopedApiToken,

    /// <summary>A bearer token supplied at run time by a provider registered under a name in the host.</summary>
    BearerProvider,
}
