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

    /// <summary>
    /// Names the route template a request would reach, without handling it, so requests that a fault
    /// answers (and that never reach the service) are still counted per endpoint.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>
    /// The route, e.g. <c>GET /rest/api/3/issue/{key}</c>; by default <see langword="null"/> (unknown).
    /// </returns>
    string? RouteOf(FakeRequest request) => null;
}
