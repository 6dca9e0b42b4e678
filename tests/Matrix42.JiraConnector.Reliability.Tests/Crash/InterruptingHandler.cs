namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>Sits between a client and its fake service and interrupts the run at the chosen request.</summary>
internal sealed class InterruptingHandler(Interruption point, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var after = point.Enter($"{request.Method} {request.RequestUri?.AbsolutePath}", isStore: false);
        var response = await base.SendAsync(request, cancellationToken);
        if (after)
        {
            // The service applied the request; the answer never reaches the caller.
            try
            {
                point.FireAfter();
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        return response;
    }
}
