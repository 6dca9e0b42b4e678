using System.Net;
using System.Net.Http.Headers;

namespace Matrix42.JiraConnector.Reliability.Tests.Infrastructure;

/// <summary>
/// A fake network whose next answer is set by the test: the same client serves many cases, each with
/// its own status and raw body bytes.
/// </summary>
internal sealed class SwitchableHandler : HttpMessageHandler
{
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public byte[] Body { get; set; } = [];

    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return Task.FromResult(new HttpResponseMessage(Status) { Content = content, RequestMessage = request });
    }
}
