using System.Net;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Settings of one ESM (Matrix42 Pro / IGA) REST API v1 connection. The password is a secret:
/// <see cref="ToString"/> never prints it.
/// </summary>
public sealed class EsmClientOptions
{
    /// <summary>The API path used by cloud tenants.</summary>
    public const string CloudApiPath = "/rest-api/itsm/v1";

    /// <summary>
    /// Gets or sets the tenant's root address, for example <c>https://tenant.example.com</c>. An address
    /// that already ends with <see cref="ApiPath"/> is used as the API base unchanged.
    /// </summary>
    /// <value>No default; required. Must be https unless <see cref="AllowInsecureLoopback"/> is set
    /// and the host is a loopback address.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets the API path appended to <see cref="BaseAddress"/>. On-premises installations
    /// use their web application's path, for example <c>/itsm/api/v1</c>.
    /// </summary>
    /// <value>Defaults to <see cref="CloudApiPath"/> (<c>/rest-api/itsm/v1</c>).</value>
    public string ApiPath { get; set; } = CloudApiPath;

    /// <summary>Gets or sets the login of the local ESM WebAPI user.</summary>
    /// <value>No default; required.</value>
    public string? Login { get; set; }

    /// <summary>Gets or sets the password of the WebAPI user. It never appears in logs, exceptions
    /// or <see cref="ToString"/>.</summary>
    /// <value>No default; required.</value>
    public string? Password { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether plain http is allowed for loopback hosts
    /// (127.0.0.1, ::1, localhost), for tests against a local fake.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: only https is accepted.</value>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>Gets or sets how long before the token's <c>exp</c> claim a new login is made.</summary>
    /// <value>Defaults to 60 seconds.</value>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the lifetime assumed for a token without a readable <c>exp</c> claim.</summary>
    /// <value>Defaults to 15 minutes, the platform's default token lifetime.</value>
    public TimeSpan FallbackTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the time allowed for one HTTP attempt.</summary>
    /// <value>Defaults to 100 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets how many times a retryable call is retried after the first attempt.</summary>
    /// <value>Defaults to 4.</value>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Gets or sets the base delay of the exponential back-off used when the service
    /// gives no <c>Retry-After</c>.</summary>
    /// <value>Defaults to 1 second.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay waited before one retry, including a
    /// <c>Retry-After</c> asked for by the service; a longer <c>Retry-After</c> ends the retries.</summary>
    /// <value>Defaults to 2 minutes.</value>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how long a template definition stays cached.</summary>
    /// <value>Defaults to 1 hour.</value>
    public TimeSpan TemplateCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how dates and date-times are written as EQL filter literals.</summary>
    /// <value>Defaults to <see cref="EqlLiteralFormat.Default"/>.</value>
    public EqlLiteralFormat FilterLiteralFormat { get; set; } = EqlLiteralFormat.Default;

    /// <summary>Gets the absolute API base address (root address plus <see cref="ApiPath"/>), without a
    /// trailing slash.</summary>
    /// <returns>The API base address.</returns>
    /// <exception cref="EsmConfigurationException">The options are not valid.</exception>
    public Uri GetApiBaseUri()
    {
        EsmConfigurationException.ThrowIfInvalid(this);
        var root = BaseAddress!.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var path = ApiPath.Trim().Trim('/');

        // A base address that already ends with the API path (a common way to copy it) is taken as is.
        var alreadyThere = path.Length == 0 || root.EndsWith("/" + path, StringComparison.OrdinalIgnoreCase);
        return new Uri(alreadyThere ? root : root + "/" + path, UriKind.Absolute);
    }

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    /// <returns>One message per problem, each naming the setting.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        ValidateAddress(problems);

        if (string.IsNullOrWhiteSpace(Login))
        {
            problems.Add($"{nameof(Login)} is required (the local ESM WebAPI user).");
        }

        if (string.IsNullOrEmpty(Password))
        {
            problems.Add($"{nameof(Password)} is required.");
        }

        ValidateTimes(problems);
        return problems;
    }

    /// <summary>Describes the connection without the password.</summary>
    /// <returns>The base address, API path and login, with the password redacted.</returns>
    public override string ToString() =>
        $"EsmClientOptions {{ BaseAddress = {BaseAddress}, ApiPath = {ApiPath}, Login = {Login}, " +
        $"Password = {(string.IsNullOrEmpty(Password) ? "(none)" : "***")} }}";

    private void ValidateAddress(List<string> problems)
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri)
        {
            problems.Add($"{nameof(BaseAddress)} is required and must be an absolute https address.");
        }
        else if (!string.IsNullOrEmpty(BaseAddress.Query) || !string.IsNullOrEmpty(BaseAddress.Fragment) ||
                 !string.IsNullOrEmpty(BaseAddress.UserInfo))
        {
            problems.Add($"{nameof(BaseAddress)} must not carry a query, fragment or user information.");
        }
        else if (Internal.ForbiddenHosts.IsForbidden(BaseAddress))
        {
            problems.Add($"{nameof(BaseAddress)} names a link-local, unspecified or cloud metadata host.");
        }
        else if (BaseAddress.Scheme == Uri.UriSchemeHttp)
        {
            if (!AllowInsecureLoopback || !IsLoopback(BaseAddress))
            {
                problems.Add($"{nameof(BaseAddress)} must use https; plain http is accepted only for a " +
                             $"loopback host with {nameof(AllowInsecureLoopback)} set.");
            }
        }
        else if (BaseAddress.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{nameof(BaseAddress)} must use https (got scheme '{BaseAddress.Scheme}').");
        }

        if (ApiPath is null || ApiPath.Contains('?', StringComparison.Ordinal) ||
            ApiPath.Contains('#', StringComparison.Ordinal))
        {
            problems.Add($"{nameof(ApiPath)} must be a path such as '{CloudApiPath}'.");
        }
    }

    private void ValidateTimes(List<string> problems)
    {
        if (TokenRenewalMargin < TimeSpan.Zero)
        {
            problems.Add($"{nameof(TokenRenewalMargin)} must not be negative.");
        }

        if (FallbackTokenLifetime <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(FallbackTokenLifetime)} must be positive.");
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(AttemptTimeout)} must be positive.");
        }

        if (MaxRetryAttempts is < 0 or > 20)
        {
            problems.Add($"{nameof(MaxRetryAttempts)} must be between 0 and 20.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < RetryBaseDelay)
        {
            problems.Add($"{nameof(RetryBaseDelay)} must not be negative nor above {nameof(MaxRetryDelay)}.");
        }

        if (TemplateCacheDuration < TimeSpan.Zero)
        {
            problems.Add($"{nameof(TemplateCacheDuration)} must not be negative.");
        }

        if (FilterLiteralFormat is null)
        {
            problems.Add($"{nameof(FilterLiteralFormat)} is required.");
        }
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback ||
        (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
