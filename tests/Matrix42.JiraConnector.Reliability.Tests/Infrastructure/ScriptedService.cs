using System.Collections.Concurrent;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Reliability.Tests.Infrastructure;

/// <summary>A loopback service that answers from a function and keeps every request it saw.</summary>
internal sealed class ScriptedService(Func<FakeRequest, FakeResponse> answer) : IFakeService
{
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public ValueTask<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return ValueTask.FromResult(answer(request));
    }

    public static bool HasAuthorization(FakeRequest request) =>
        request.Headers.Keys.Any(k => string.Equals(k, "Authorization", StringComparison.OrdinalIgnoreCase));
}
