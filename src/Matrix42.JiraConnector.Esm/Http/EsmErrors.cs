using System.Net;
using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Turns an error answer into the matching exception, with the service's own messages.</summary>
internal static class EsmErrors
{
    public static async Task<EsmApiException> FromResponseAsync(
        HttpResponseMessage response, EsmCallKind kind, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var details = EsmResultReader.ReadError(status, await TryReadJsonAsync(response, cancellationToken)
            .ConfigureAwait(false));
        var request = response.RequestMessage;
        var call = $"{request?.Method.Method} {request?.RequestUri?.AbsolutePath}";
        var message = $"ESM answered {status} ({response.ReasonPhrase ?? response.StatusCode.ToString()}) to {call}" +
                      Explain(response.StatusCode) + Describe(details);

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new EsmAuthenticationException(message, details),
            HttpStatusCode.NotFound => new EsmNotFoundException(message, details),
            _ when kind == EsmCallKind.Create && status >= 500 && !EsmRetryRules.WasNotApplied(response) =>
                new EsmUnknownOutcomeException(message + " The write may have been applied.", details),
            _ => new EsmApiException(message, details),
        };
    }

    public static async Task<JsonElement?> TryReadJsonAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Proxies and gateways answer with HTML; the status alone then has to do.
            return null;
        }
    }

    private static string Explain(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => " (the token or the WebAPI credentials were refused)",
        HttpStatusCode.Forbidden =>
            " (the WebAPI user's role lacks the External API permission or rights on the template, folder or card)",
        HttpStatusCode.NotFound => " (unknown template or card)",
        HttpStatusCode.BadRequest => " (the request, a value or the filter was refused)",
        HttpStatusCode.TooManyRequests => " (rate limited)",
        _ => string.Empty,
    };

    private static string Describe(EsmErrorDetails details)
    {
        var text = details.Message ?? details.Error;
        var result = string.IsNullOrEmpty(text) ? "." : $": {text}";
        return details.AttributeErrors.Count == 0
            ? result
            : $"{result} Attribute errors: {string.Join("; ", details.AttributeErrors)}.";
    }
}
