using System.Net;
using System.Net.Http.Headers;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Resilience;

public sealed class RetryTests : IDisposable
{
    private const string DataPath = "/dc/incident/data";
    private readonly EsmHarness _esm = new();

    private static HttpResponseMessage WithRetryAfter(HttpStatusCode status, int seconds)
    {
        var response = EsmResponses.Error(status, "slow down");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    private void AnswerInTurn(HttpMethod method, string path, params Func<HttpResponseMessage>[] answers)
    {
        var next = 0;
        _esm.Stub.On(method, path, _ => answers[Math.Min(Interlocked.Increment(ref next) - 1, answers.Length - 1)]());
    }

    // The retry log line is written just before the back-off timer starts.
    private async Task WaitForRetryScheduledAsync()
    {
        for (var i = 0; i < 500 && !_esm.Logs.Entries.Any(e => e.Id.Id == 2004); i++)
        {
            await Task.Delay(10);
        }

        await Task.Delay(50);
    }

    private static EsmAttributeSet Data() => new EsmAttributeSet().Set("summary", EsmValue.Text("x"));

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Read_TransientStatus_IsRetried(HttpStatusCode status)
    {
        AnswerInTurn(HttpMethod.Get, "/dc/incident", () => EsmResponses.Error(status, "busy"),
            () => EsmResponses.Json(HttpStatusCode.OK, EsmHarness.TemplateDefinition));

        var template = await _esm.DriveAsync(_esm.Client.GetTemplateAsync("incident"));

        Assert.Equal("incident", template.Code);
        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident").Count);
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2004);
    }

    [Fact]
    public async Task Read_TransportError_IsRetried()
    {
        var failed = 0;
        _esm.Stub.On(HttpMethod.Get, "/dc/incident", _ => Interlocked.Increment(ref failed) == 1
            ? throw new HttpRequestException("connection reset")
            : EsmResponses.Json(HttpStatusCode.OK, EsmHarness.TemplateDefinition));

        await _esm.DriveAsync(_esm.Client.GetTemplateAsync("incident"));

        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident").Count);
    }

    [Fact]
    public async Task Read_RetryAfter_IsWaitedOutBeforeRetrying()
    {
        AnswerInTurn(HttpMethod.Get, "/dc/incident", () => WithRetryAfter(HttpStatusCode.TooManyRequests, 20),
            () => EsmResponses.Json(HttpStatusCode.OK, EsmHarness.TemplateDefinition));

        var call = _esm.Client.GetTemplateAsync("incident");
        await WaitForRetryScheduledAsync();
        _esm.Time.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(50);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident"));

        _esm.Time.Advance(TimeSpan.FromSeconds(1));
        await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident").Count);
    }

    [Fact]
    public async Task Read_RetryAfterBeyondTheCap_IsNotWaitedFor()
    {
        _esm.Stub.On(HttpMethod.Get, "/dc/incident", _ => WithRetryAfter(HttpStatusCode.TooManyRequests, 3600));

        var error = await Assert.ThrowsAsync<EsmApiException>(() => _esm.Client.GetTemplateAsync("incident"));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident"));
    }

    [Fact]
    public async Task Read_PersistentFailure_StopsAfterTheConfiguredRetries()
    {
        _esm.Stub.On(HttpMethod.Get, "/dc/incident", _ => EsmResponses.Error(HttpStatusCode.InternalServerError,
            "down"));

        await Assert.ThrowsAsync<EsmApiException>(() => _esm.DriveAsync(_esm.Client.GetTemplateAsync("incident")));

        Assert.Equal(4, _esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident").Count);
    }

    [Fact]
    public async Task Create_500_IsNotRetriedAndItsOutcomeIsUnknown()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, _ => EsmResponses.Error(HttpStatusCode.InternalServerError, "oops"));

        var error = await Assert.ThrowsAsync<EsmUnknownOutcomeException>(
            () => _esm.DriveAsync(_esm.Client.CreateAsync("incident", "incidents", Data())));

        Assert.Equal(500, error.StatusCode);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
    }

    [Fact]
    public async Task Create_TransportError_IsNotRetriedAndItsOutcomeIsUnknown()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, _ => throw new HttpRequestException("connection reset"));

        var error = await Assert.ThrowsAsync<EsmUnknownOutcomeException>(
            () => _esm.DriveAsync(_esm.Client.CreateAsync("incident", "incidents", Data())));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2007);
    }

    [Fact]
    public async Task Create_AttemptTimeout_IsNotRetriedAndItsOutcomeIsUnknown()
    {
        _esm.Stub.OnAsync(HttpMethod.Post, DataPath, async _ =>
        {
            await new TaskCompletionSource().Task;
            return EsmResponses.Written(HttpStatusCode.Created, "1");
        });

        await Assert.ThrowsAsync<EsmUnknownOutcomeException>(
            () => _esm.DriveAsync(_esm.Client.CreateAsync("incident", "incidents", Data()), TimeSpan.FromSeconds(10)));

        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Create_NotAppliedWithRetryAfter_IsRetried(HttpStatusCode status)
    {
        AnswerInTurn(HttpMethod.Post, DataPath, () => WithRetryAfter(status, 2),
            () => EsmResponses.Written(HttpStatusCode.Created, "40001"));

        var result = await _esm.DriveAsync(_esm.Client.CreateAsync("incident", "incidents", Data()));

        Assert.Equal("40001", result.DataCardId);
        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Post, DataPath).Count);
    }

    [Fact]
    public async Task BulkImport_503WithoutRetryAfter_CountsAsACreate()
    {
        _esm.Stub.On(HttpMethod.Put, DataPath, _ => EsmResponses.Error(HttpStatusCode.ServiceUnavailable, "busy"));

        await Assert.ThrowsAsync<EsmUnknownOutcomeException>(() => _esm.DriveAsync(
            _esm.Client.BulkImportAsync("incident", [EsmBulkItem.Create("incidents", Data())])));

        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Put, DataPath));
    }

    [Fact]
    public async Task Modify_502_IsNotRetriedButIsAPlainApiError()
    {
        _esm.Stub.On(HttpMethod.Patch, DataPath + "/5", _ => EsmResponses.Error(HttpStatusCode.BadGateway, "gw"));

        var error = await Assert.ThrowsAsync<EsmApiException>(
            () => _esm.DriveAsync(_esm.Client.ModifyAsync("incident", "5", Data())));

        Assert.IsNotType<EsmUnknownOutcomeException>(error);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Patch, DataPath + "/5"));
    }

    [Fact]
    public async Task Call_CancelledByTheCaller_StaysACancellation()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _esm.Client.CreateAsync("incident", "incidents", Data(), cancel.Token));
    }

    public void Dispose() => _esm.Dispose();
}
