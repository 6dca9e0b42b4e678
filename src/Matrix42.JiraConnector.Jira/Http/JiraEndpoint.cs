using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Knows where API calls go: the site itself for classic API tokens, or the gateway
/// <c>{gateway}/ex/jira/{cloudId}/</c> for scoped tokens and OAuth, with the cloud id read once from the
/// site's <c>/_edge/tenant_info</c> when not configured.
/// </summary>
internal sealed class JiraEndpoint
{
    private readonly JiraClientOptions _options;
    private readonly ILogger _logger;
    private Uri? _apiBase;

    public JiraEndpoint(JiraClientOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        if (options.Authentication == JiraAuthenticationKind.ApiToken)
        {
            _apiBase = WithSlash(options.SiteUrl!);
        }
        else if (!string.IsNullOrWhiteSpace(options.CloudId))
        {
            _apiBase = GatewayBase(options, options.CloudId);
        }
    }

    /// <summary>The scheme and authority that may receive credentials.</summary>
    public static string ApiAuthority(JiraClientOptions options) =>
        (options.Authentication == JiraAuthenticationKind.ApiToken ? options.SiteUrl! : options.GatewayUrl)
        .GetLeftPart(UriPartial.Authority);

    /// <summary>The path of a URI without its query string, for logs and errors.</summary>
    public static string PathOf(Uri? uri) =>
        uri is null ? string.Empty : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];

    public async ValueTask<Uri> GetApiBaseAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (_apiBase is { } known)
        {
            return known;
        }

        // Concurrent first calls may each look the id up; the answer is the same, so no lock is needed.
        var resolved = GatewayBase(_options, await ReadCloudIdAsync(http, cancellationToken).ConfigureAwait(false));
        _apiBase = resolved;
        return resolved;
    }

    private async Task<string> ReadCloudIdAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var uri = new Uri(WithSlash(_options.SiteUrl!), "_edge/tenant_info");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Options.Set(JiraRequestOptions.Kind, JiraCallKind.Read);
        request.Options.Set(JiraRequestOptions.Anonymous, true);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await JiraErrorReader.CreateAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("cloudId", out var id) && id.GetString() is { Length: > 0 } cloudId)
            {
                JiraLog.CloudIdResolved(_logger);
                return cloudId;
            }
        }
        catch (JsonException)
        {
            // Reported below with the same message as a missing id.
        }

        throw new JiraApiException(
            "The site's /_edge/tenant_info did not return a cloudId; check SiteUrl or set CloudId.");
    }

    private static Uri GatewayBase(JiraClientOptions options, string cloudId) =>
        new(WithSlash(options.GatewayUrl), "ex/jira/" + Uri.EscapeDataString(cloudId) + "/");

    private static Uri WithSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
