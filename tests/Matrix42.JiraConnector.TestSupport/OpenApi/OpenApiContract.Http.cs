namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <content>Checks taking <see cref="HttpRequestMessage"/> and <see cref="HttpResponseMessage"/>.</content>
public sealed partial class OpenApiContract
{
    /// <summary>Checks an outgoing request; see <see cref="ValidateRequest(string, string, string?)"/>.</summary>
    /// <param name="request">The request; its content is buffered so it can still be sent afterwards.</param>
    /// <param name="cancellationToken">Cancels reading the content.</param>
    /// <returns>The matched operation and every problem found.</returns>
    public async Task<ContractValidationResult> ValidateRequestAsync(HttpRequestMessage request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var body = await ReadAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var result = ValidateRequest(request.Method.Method, uri.ToString(), body);
        return CheckMediaType(result, body, request.Content?.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// Checks a received response against the operation of the request it answers
    /// (<see cref="HttpResponseMessage.RequestMessage"/>); see <see cref="ValidateResponse"/>.
    /// </summary>
    /// <param name="response">The response; its content is buffered so the caller can still read it.</param>
    /// <param name="cancellationToken">Cancels reading the content.</param>
    /// <returns>The matched operation and every problem found.</returns>
    /// <exception cref="ArgumentException">The response does not carry its request.</exception>
    public async Task<ContractValidationResult> ValidateResponseAsync(HttpResponseMessage response,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var uri = response.RequestMessage?.RequestUri
            ?? throw new ArgumentException("The response does not carry the request it answers.", nameof(response));
        var body = await ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var result = ValidateResponse(response.RequestMessage.Method.Method, uri.ToString(),
            (int)response.StatusCode, body);
        return CheckMediaType(result, body, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// Adds a <see cref="ContractProblemKind.WrongContentType"/> problem when a body the spec defines as JSON is
    /// labelled otherwise: Jira answers 415 to such requests, and clients may refuse such responses. Bodies the
    /// spec leaves undescribed (an HTML error page from a proxy, say) are not judged.
    /// </summary>
    private static ContractValidationResult CheckMediaType(ContractValidationResult result, string? body,
        string? mediaType)
    {
        if (!result.BodyIsJson || IsJson(mediaType))
        {
            return result;
        }

        return result.With(new ContractProblem(ContractProblemKind.WrongContentType,
            $"The JSON body is labelled '{mediaType ?? "(no content type)"}', not application/json."));
    }

    private static bool IsJson(string? mediaType) =>
        mediaType is not null &&
        (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task<string?> ReadAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
