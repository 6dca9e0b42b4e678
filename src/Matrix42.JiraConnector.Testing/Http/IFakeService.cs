namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>
/// The request-handling core of a fake service. The same core is served in process by
/// <see cref="FakeServiceHandler"/> and over a loopback socket by <see cref="LoopbackServer"/>.
/// </summary>
public interface IFakeService
{
    /// <summary>Handles one request and produces the response the real service would give.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>The response, before faults are applied.</returns>
    ValueTask<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken = default);
}
