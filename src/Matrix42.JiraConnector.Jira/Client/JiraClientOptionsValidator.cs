using System.Net;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Validates <see cref="JiraClientOptions"/> at start, reporting every problem at once.</summary>
internal sealed class JiraClientOptionsValidator : IValidateOptions<JiraClientOptions>
{
    public ValidateOptionsResult Validate(string? name, JiraClientOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static IReadOnlyList<string> Check(JiraClientOptions options)
    {
        var failures = new List<string>();
        var needsSite = options.Authentication == JiraAuthenticationKind.ApiToken ||
                        string.IsNullOrWhiteSpace(options.CloudId);
        if (options.SiteUrl is null)
        {
            if (needsSite)
            {
                failures.Add("JiraClientOptions.SiteUrl is required (for example https://acme.atlassian.net).");
            }
        }
        else
        {
            CheckUrl(options.SiteUrl, nameof(JiraClientOptions.SiteUrl), options.AllowInsecureLoopback, failures);
        }

        if (options.Authentication != JiraAuthenticationKind.ApiToken)
        {
            CheckUrl(options.GatewayUrl, nameof(JiraClientOptions.GatewayUrl), options.AllowInsecureLoopback, failures);
        }

        CheckCredentials(options, failures);
        CheckLimits(options, failures);
        return failures;
    }

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static void CheckUrl(Uri? url, string setting, bool allowInsecureLoopback, List<string> failures)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            failures.Add($"JiraClientOptions.{setting} must be an absolute URL.");
            return;
        }

        if (url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            failures.Add($"JiraClientOptions.{setting} must not contain user info, a query or a fragment.");
        }

        if (Internal.ForbiddenHosts.IsForbidden(url))
        {
            failures.Add($"JiraClientOptions.{setting} names a link-local, unspecified or cloud metadata host.");
            return;
        }

        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }

        if (url.Scheme != Uri.UriSchemeHttp)
        {
            failures.Add($"JiraClientOptions.{setting} must use https.");
        }
        else if (!IsLoopback(url) || !allowInsecureLoopback)
        {
            failures.Add($"JiraClientOptions.{setting} must use https; plain http is allowed only for loopback " +
                         "addresses with AllowInsecureLoopback enabled.");
        }
    }

    private static void CheckCredentials(JiraClientOptions options, List<string> failures)
    {
        if (options.Authentication == JiraAuthenticationKind.Bearer)
        {
            if (options.BearerTokenProvider is null)
            {
                failures.Add("JiraClientOptions.BearerTokenProvider is required for Bearer authentication.");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(options.Email))
        {
            failures.Add("JiraClientOptions.Email is required for API-token authentication.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiToken))
        {
            failures.Add("JiraClientOptions.ApiToken is required for API-token authentication.");
        }
    }

    private static void CheckLimits(JiraClientOptions options, List<string> failures)
    {
        if (options.SearchPageSize is < 1 or > JiraClientOptions.MaxSearchPageSize)
        {
            failures.Add("JiraClientOptions.SearchPageSize must be between 1 and 5000.");
        }

        if (options.MaxPagesPerCall < 1)
        {
            failures.Add("JiraClientOptions.MaxPagesPerCall must be at least 1.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("JiraClientOptions.MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("JiraClientOptions.AttemptTimeout must be positive.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.ApiTokenExpiryWarning < TimeSpan.Zero)
        {
            failures.Add("JiraClientOptions.MaxRetryAfter and ApiTokenExpiryWarning must not be negative.");
        }
    }
}
