using System.Globalization;
using System.Text;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Settings of a Jira Cloud client. Secrets (<see cref="ApiToken"/>, the bearer token provider) never
/// appear in <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class JiraClientOptions
{
    /// <summary>The largest page the search endpoint documents (when only ids are requested).</summary>
    public const int MaxSearchPageSize = 5000;

    /// <summary>The site URL, such as <c>https://acme.atlassian.net</c>; https only. No default.</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>The authentication scheme; default <see cref="JiraAuthenticationKind.ApiToken"/>.</summary>
    public JiraAuthenticationKind Authentication { get; set; } = JiraAuthenticationKind.ApiToken;

    /// <summary>The account e-mail for API-token authentication. No default.</summary>
    public string? Email { get; set; }

    /// <summary>The API token (classic or scoped). Secret: never printed. No default.</summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// The site's cloud id for gateway access; null reads it from <c>/_edge/tenant_info</c>. Default null.
    /// </summary>
    public string? CloudId { get; set; }

    /// <summary>The Atlassian API gateway; default <c>https://api.atlassian.com</c>.</summary>
    public Uri GatewayUrl { get; set; } = new("https://api.atlassian.com");

    /// <summary>
    /// Supplies an OAuth 2.0 access token for <see cref="JiraAuthenticationKind.Bearer"/>; called before every
    /// request, so it should cache and renew the token itself. Default null.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? BearerTokenProvider { get; set; }

    /// <summary>When the API token expires (Jira Cloud tokens last at most a year). Default null (unknown).</summary>
    public DateTimeOffset? ApiTokenExpiresAt { get; set; }

    /// <summary>How long before <see cref="ApiTokenExpiresAt"/> the client starts warning; default 30 days.</summary>
    public TimeSpan ApiTokenExpiryWarning { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Allows plain http, but only to loopback addresses (fakes and tests). Default <see langword="false"/>.
    /// </summary>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>The page size asked for by searches when a request sets none (1 to 5000); default 100.</summary>
    public int SearchPageSize { get; set; } = 100;

    /// <summary>
    /// The most pages any one paged call reads before failing with <see cref="JiraPagingException"/>;
    /// default 10,000.
    /// </summary>
    public int MaxPagesPerCall { get; set; } = 10_000;

    /// <summary>Retries per request after the first attempt (0 to 10); default 4.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The time one attempt may take before it counts as a timeout; default 100 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits out itself; a longer one fails at once with
    /// <see cref="JiraRateLimitedException"/>. Default 5 minutes.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Checks the settings and lists every problem, naming the setting.</summary>
    /// <returns>The problems; empty when the settings are usable.</returns>
    public IReadOnlyList<string> Validate() => JiraClientOptionsValidator.Check(this);

    /// <summary>Describes the settings without any secret.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("JiraClientOptions { ")
            .Append("SiteUrl = ").Append(SiteUrl?.GetLeftPart(UriPartial.Authority) ?? "(none)")
            .Append(", Authentication = ").Append(Authentication)
            .Append(", ApiToken = ").Append(string.IsNullOrEmpty(ApiToken) ? "(none)" : "***")
            .Append(", CloudId = ").Append(CloudId ?? "(lookup)")
            .Append(", ApiTokenExpiresAt = ")
            .Append(ApiTokenExpiresAt?.ToString("O", CultureInfo.InvariantCulture) ?? "(unknown)")
            .Append(" }");
        return builder.ToString();
    }
}
