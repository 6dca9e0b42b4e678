using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Tests.Infrastructure;

/// <summary>A tiny fake service that counts the requests it applied and echoes what it saw.</summary>
internal sealed class CountingService : IFakeService
{
    private int _applied;

    public int Applied => _applied;

    public ValueTask<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken = default)
    {
        var count = Interlocked.Increment(ref _applied);
        var body = new JsonObject
        {
            ["method"] = request.Method,
            ["path"] = request.Path,
            ["query"] = request.Query["q"],
            ["auth"] = request.Header("Authorization"),
            ["body"] = request.BodyText,
            ["applied"] = count,
            ["padding"] = new string('x', 200),
        };
        return ValueTask.FromResult(FakeResponse.Json(HttpStatusCode.OK, body, "ECHO"));
    }
}
