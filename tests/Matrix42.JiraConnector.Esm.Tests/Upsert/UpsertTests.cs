using System.Globalization;
using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Upsert;

public sealed class UpsertTests : IDisposable
{
    private const string DataPath = "/dc/incident/data";
    private readonly EsmHarness _esm = new();
    private readonly List<(long Id, string TaskId)> _cards = [];

    public UpsertTests()
    {
        // A tiny store: the query answers cards whose task_id equals the filter's literal.
        _esm.Stub.On(HttpMethod.Get, DataPath, request =>
        {
            var wanted = request.Query("filter")!.Split('\'')[1];
            lock (_cards)
            {
                var hits = _cards.Where(c => c.TaskId == wanted).OrderByDescending(c => c.Id)
                    .Select(c => EsmResponses.Card(c.Id, ("task_id", "string", [new { value = c.TaskId }])));
                return EsmResponses.Page(int.Parse(request.Query("limit")!, CultureInfo.InvariantCulture), hits);
            }
        });
        _esm.Stub.On(HttpMethod.Patch, DataPath + "/700", _ => EsmResponses.Written(HttpStatusCode.OK, "700"));
    }

    private static EsmAttributeSet Data() => new EsmAttributeSet().Set("summary", EsmValue.Text("From Jira"));

    private HttpResponseMessage StoreCreated(RecordedRequest request)
    {
        var taskId = request.Json().GetProperty("data").GetProperty("task_id").GetProperty("values")[0]
            .GetProperty("value").GetString()!;
        lock (_cards)
        {
            var id = 800L + _cards.Count;
            _cards.Add((id, taskId));
            return EsmResponses.Written(HttpStatusCode.Created, id.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task UpsertAsync_OneMatch_ModifiesThatCard()
    {
        _cards.Add((700, "10042"));

        var result = await _esm.Client.UpsertAsync("incident", "incidents", "task_id", "10042", Data());

        Assert.Equal(("700", false), (result.DataCardId, result.Created));
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Patch, DataPath + "/700"));
        Assert.Empty(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
        var query = _esm.Stub.RequestsTo(HttpMethod.Get, DataPath).Single();
        Assert.Equal("$task_id$ = '10042'", query.Query("filter"));
    }

    [Fact]
    public async Task UpsertAsync_NoMatch_CreatesACardCarryingTheKey()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, StoreCreated);

        var result = await _esm.Client.UpsertAsync("incident", "incidents", "task_id", "10042", Data());

        Assert.True(result.Created);
        var body = _esm.Stub.RequestsTo(HttpMethod.Post, DataPath).Single().Json();
        Assert.Equal("incidents", body.GetProperty("folderCode").GetString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("data").GetProperty("summary").ValueKind);
        Assert.Single(_cards);
    }

    [Fact]
    public async Task UpsertAsync_SeveralMatches_IsAConflictNamingTheCards()
    {
        _cards.Add((701, "10042"));
        _cards.Add((702, "10042"));

        var error = await Assert.ThrowsAsync<EsmConflictException>(
            () => _esm.Client.UpsertAsync("incident", "incidents", "task_id", "10042", Data()));

        Assert.Equal(["702", "701"], error.DataCardIds);
        Assert.Contains("702, 701", error.Message, StringComparison.Ordinal);
        Assert.Equal("task_id", error.MatchAttribute);
        Assert.DoesNotContain(_esm.Stub.Requests, r => r.Method != HttpMethod.Get && r.Path.StartsWith(DataPath));
    }

    [Fact]
    public async Task UpsertAsync_CreateAnswerLost_FindsTheCardInsteadOfCreatingASecond()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, request =>
        {
            StoreCreated(request).Dispose();
            throw new HttpRequestException("connection reset after the request was sent");
        });

        var result = await _esm.DriveAsync(_esm.Client.UpsertAsync("incident", "incidents", "task_id", "10042",
            Data()));

        Assert.Single(_cards);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
        Assert.Equal(("800", true, true), (result.DataCardId, result.Created, result.Reconciled));
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2008);
    }

    [Fact]
    public async Task UpsertAsync_CreateFailedBeforeReachingTheStore_CreatesOnceMore()
    {
        var attempts = 0;
        _esm.Stub.On(HttpMethod.Post, DataPath, request => Interlocked.Increment(ref attempts) == 1
            ? throw new HttpRequestException("connection refused")
            : StoreCreated(request));

        var result = await _esm.DriveAsync(_esm.Client.UpsertAsync("incident", "incidents", "task_id", "10042",
            Data()));

        Assert.Single(_cards);
        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Post, DataPath).Count);
        Assert.Equal(("800", true, false), (result.DataCardId, result.Created, result.Reconciled));
    }

    [Fact]
    public async Task UpsertAsync_LookupAfterALostAnswerFails_ReportsTheUnknownOutcomeAndDoesNotCreate()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, _ => throw new HttpRequestException("reset"));
        var queries = 0;
        _esm.Stub.On(HttpMethod.Get, DataPath, request => Interlocked.Increment(ref queries) == 1
            ? EsmResponses.Page(50, [])
            : EsmResponses.Error(HttpStatusCode.Forbidden, "no"));

        await Assert.ThrowsAsync<EsmUnknownOutcomeException>(() => _esm.DriveAsync(
            _esm.Client.UpsertAsync("incident", "incidents", "task_id", "10042", Data())));

        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
    }

    public void Dispose() => _esm.Dispose();
}
