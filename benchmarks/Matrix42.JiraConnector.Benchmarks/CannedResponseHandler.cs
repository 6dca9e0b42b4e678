using System.Net;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Answers every request with the same JSON bytes, so a client's parse cost can be measured without I/O.
/// </summary>
internal sealed class CannedResponseHandler(byte[] body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        return Task.FromResult(response);
    }
}
