using System.Net;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Follows redirects itself (the primary handler's automatic redirects are off), so that the
/// authentication handler, which sits below this one, decides again for every hop whether the target
/// host may receive credentials.
/// </summary>
internal sealed class JiraRedirectHandler : DelegatingHandler
{
    private const int MaxRedirects = 5;
    private readonly ILogger _logger;

    public JiraRedirectHandler(ILogger logger)
    {
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hop = 0; hop < MaxRedirects; hop++)
        {
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                break;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != request.RequestUri!.Scheme)
            {
                // Never downgrade to plain http.
                return response;
            }

            if (request.Content is not null && !SameAuthority(request.RequestUri!, target))
            {
                // A body (issue content, comments) is not handed to another host; the caller sees the 3xx.
                return response;
            }

            var next = await CreateFollowUpAsync(request, response.StatusCode, target, cancellationToken)
                .ConfigureAwait(false);
            var sameHost = SameAuthority(request.RequestUri!, target);
            JiraLog.RedirectFollowed(_logger, (int)response.StatusCode, sameHost);
            response.Dispose();
            request = next;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool SameAuthority(Uri a, Uri b) =>
        string.Equals(a.GetLeftPart(UriPartial.Authority), b.GetLeftPart(UriPartial.Authority),
            StringComparison.OrdinalIgnoreCase);

    private static async Task<HttpRequestMessage> CreateFollowUpAsync(
        HttpRequestMessage original, HttpStatusCode status, Uri target, CancellationToken cancellationToken)
    {
        var keepMethod = status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect ||
                         (status != HttpStatusCode.SeeOther && original.Method == HttpMethod.Get);
        var next = new HttpRequestMessage(keepMethod ? original.Method : HttpMethod.Get, target);
        foreach (var header in original.Headers)
        {
            if (!string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in original.Options)
        {
            ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
        }

        if (keepMethod && original.Content is not null)
        {
            var bytes = await original.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            next.Content = new ByteArrayContent(bytes);
            foreach (var header in original.Content.Headers)
            {
                next.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return next;
    }
}
