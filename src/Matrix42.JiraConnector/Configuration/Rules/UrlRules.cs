using System.Net;
using System.Net.Sockets;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Checks service URLs: https only, plain http only for loopback with an explicit opt-in, no metadata
/// hosts.</summary>
internal static class UrlRules
{
    // Cloud instance-metadata endpoints: a connector aimed there would hand credentials to the host platform.
    public static void Check(ProblemCollector problems, string? value, string path, bool allowInsecureLoopback,
        bool allowPath)
    {
        if (!problems.RequireWithin(value, path, "The URL", ConfigurationLimits.MaxUrlLength))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            problems.Add(path, ConfigurationRule.InvalidUrl, $"'{value}' is not an absolute https URL.");
            return;
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            // The value is not echoed: user info may carry a password.
            problems.Add(path, ConfigurationRule.InvalidUrl,
                "The URL must not contain user info, a query or a fragment.");
            return;
        }

        if (!allowPath && uri.AbsolutePath != "/")
        {
            problems.Add(path, ConfigurationRule.InvalidUrl,
                $"'{value}' must be the site root (e.g. https://acme.atlassian.net) without a path.");
        }

        if (IsForbiddenHost(uri))
        {
            problems.Add(path, ConfigurationRule.ForbiddenHost,
                $"The host '{uri.Host}' is link-local, unspecified or a cloud metadata endpoint.");
            return;
        }

        if (uri.Scheme == "http" && !(uri.IsLoopback && allowInsecureLoopback))
        {
            problems.Add(path, ConfigurationRule.InsecureUrl, uri.IsLoopback
                ? $"'{value}' uses http; set allowInsecureLoopback to use plain http on a loopback host."
                : $"'{value}' uses http; only https is allowed.");
        }
    }

    private static bool IsForbiddenHost(Uri uri) => Internal.ForbiddenHosts.IsForbidden(uri);
}
