using System.Net.Http.Headers;
using System.Text;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Adds the credentials to every request for the configured API host, before any challenge (Jira runs
/// unauthenticated requests as anonymous instead of answering 401). Requests to any other host, such as
/// the target of a redirect, get no credentials.
/// </summary>
internal sealed class JiraAuthenticationHandler : DelegatingHandler
{
    private readonly JiraClientOptions _options;
    private readonly string _apiAuthority;
    private readonly string? _basicValue;

    public JiraAuthenticationHandler(JiraClientOptions options)
    {
        _options = options;
        _apiAuthority = JiraEndpoint.ApiAuthority(options);
        if (options.Authentication != JiraAuthenticationKind.Bearer)
        {
            var pair = (options.Email ?? string.Empty) + ":" + (options.ApiToken ?? string.Empty);
            _basicValue = Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Whatever came in, only this handler decides: a copied header must not leak to another host.
        request.Headers.Authorization = null;
        if (!JiraRequestOptions.IsSet(request, JiraRequestOptions.Anonymous) && IsApiHost(request.RequestUri))
        {
            request.Headers.Authorization = await CreateHeaderAsync(cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private bool IsApiHost(Uri? uri) =>
        uri is not null &&
        string.Equals(uri.GetLeftPart(UriPartial.Authority), _apiAuthority, StringComparison.OrdinalIgnoreCase);

    private async ValueTask<AuthenticationHeaderValue> CreateHeaderAsync(CancellationToken cancellationToken)
    {
        if (_basicValue is not null)
        {
            return new AuthenticationHeaderValue("Basic", _basicValue);
        }

        var token = await _options.BearerTokenProvider!(cancellationToken).ConfigureAwait(false);
        return new AuthenticationHeaderValue("Bearer", token);
    }
}
