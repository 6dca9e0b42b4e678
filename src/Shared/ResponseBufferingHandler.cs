namespace Matrix42.JiraConnector.Internal;

/// <summary>
/// Reads each answer's body completely inside the retry pipeline. A body cut off by a dropped connection then
/// fails the attempt with an <see cref="HttpRequestException"/>, which the retry rules see and may repeat, instead
/// of failing later, outside the retries, when the caller buffers the body. Compiled into each client package.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception error) when (error is IOException or HttpRequestException)
        {
            response.Dispose();
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded, "The connection closed before the whole answer was read.", error);
        }
    }
}
