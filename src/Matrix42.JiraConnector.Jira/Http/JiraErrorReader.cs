using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Turns an error answer into the matching exception. JSON error documents give Jira's messages; any
/// other body (an HTML page from a proxy) is classified by status and kept as a short snippet.
/// </summary>
internal static partial class JiraErrorReader
{
    private const int SnippetLength = 200;
    private const int MaxBodyChars = 64 * 1024;

    public static async Task<JiraApiException> CreateAsync(
        HttpResponseMessage response, CancellationToken cancellationToken, string? hint = null)
    {
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var request = response.RequestMessage;
        var details = Parse(body) with
        {
            StatusCode = response.StatusCode,
            Method = request?.Method.Method ?? string.Empty,
            Path = JiraEndpoint.PathOf(request?.RequestUri),
            Hint = hint,
        };

        return Classify(response, details);
    }

    private static JiraApiException Classify(HttpResponseMessage response, JiraErrorDetails details)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return new JiraAuthenticationException(details with { Hint = details.Hint ?? UnauthorizedHint }, false);
            case HttpStatusCode.Forbidden when IsCaptcha(response):
                return new JiraAuthenticationException(details with { Hint = CaptchaHint }, true);
            case HttpStatusCode.Gone:
                return new JiraEndpointRemovedException(details);
        }

        if (JiraRetryRules.IsNotApplied(response))
        {
            // A Retry-After date is measured against the server's own Date header, not the local clock.
            var retryAfter = response.Headers.Date is { } serverNow ? JiraRetryRules.RetryAfter(response, serverNow)
                : response.Headers.RetryAfter?.Delta;
            var reason = response.Headers.TryGetValues("RateLimit-Reason", out var values)
                ? values.FirstOrDefault()
                : null;
            return new JiraRateLimitedException(details, retryAfter, reason);
        }

        return new JiraApiException(details);
    }

    private const string UnauthorizedHint =
        "The credentials were refused: check the e-mail and API token, their expiry, and that scoped tokens " +
        "go through the gateway";

    private const string CaptchaHint =
        "Jira demands a CAPTCHA after failed logins; a person must log in through the browser once";

    public static bool IsCaptcha(HttpResponseMessage response) =>
        (response.Headers.TryGetValues("X-Seraph-LoginReason", out var reason) &&
         reason.Any(v => v.Contains("AUTHENTICATION_DENIED", StringComparison.OrdinalIgnoreCase))) ||
        (response.Headers.TryGetValues("X-Authentication-Denied-Reason", out var denied) &&
         denied.Any(v => v.Contains("CAPTCHA", StringComparison.OrdinalIgnoreCase)));

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return body.Length > MaxBodyChars ? body[..MaxBodyChars] : body;
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }
    }

    internal static JiraErrorDetails Parse(string body)
    {
        var empty = new JiraErrorDetails { StatusCode = 0, Method = string.Empty, Path = string.Empty };
        if (string.IsNullOrWhiteSpace(body))
        {
            return empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var messages = Strings(root, "errorMessages")
                    .Concat(Strings(root, "message"))
                    .Concat(Strings(root, "errorMessage"))
                    .ToList();
                var fields = FieldErrors(root);
                if (messages.Count > 0 || fields.Count > 0 || root.TryGetProperty("errorMessages", out _))
                {
                    return empty with { ErrorMessages = messages, FieldErrors = fields };
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the snippet.
        }

        return empty with { BodySnippet = Snippet(body) };
    }

    private static List<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!).ToList(),
            _ => [],
        };
    }

    private static Dictionary<string, string> FieldErrors(JsonElement root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in errors.EnumerateObject())
            {
                result[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : property.Value.GetRawText();
            }
        }

        return result;
    }

    private static string Snippet(string body)
    {
        var text = Tags().Replace(body, " ");
        text = Spaces().Replace(text, " ").Trim();
        return text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
