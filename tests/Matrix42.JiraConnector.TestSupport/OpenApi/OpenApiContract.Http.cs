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
        return ValidateRequest(request.Method.Method, uri.ToString(), body);
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
        return ValidateResponse(response.RequestMessage.Method.Method, uri.ToString(), (int)response.StatusCode, body);
    }

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
