using System.Globalization;
using System.Net;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Query;

public sealed class QueryTests : IDisposable
{
    private const string DataPath = "/dc/incident/data";
    private readonly EsmHarness _esm = new();

    /// <summary>Serves ids 1..count below filterId in descending order, like ESM.</summary>
    private void ServeCards(int count)
    {
        _esm.Stub.On(HttpMethod.Get, DataPath, request =>
        {
            var limit = int.Parse(request.Query("limit")!, CultureInfo.InvariantCulture);
            var below = long.Parse(request.Query("filterId") ?? "0", CultureInfo.InvariantCulture);
            var ids = Enumerable.Range(1, count).Select(i => (long)i).Reverse()
                .Where(id => below == 0 || id < below).Take(limit);
            return EsmResponses.Page(limit, ids.Select(id => EsmResponses.Card(id)));
        });
    }

    [Fact]
    public async Task QueryAsync_SeveralPages_PagesByFilterIdUntilAShortPage()
    {
        ServeCards(5);
        var filter = Eql.Attr("task_id").Eq("X").And(Eql.Attr("status").Ne("Deleted"));

        var ids = await _esm.Client.QueryAsync("incident", filter, ["task_id", "status"], pageSize: 2)
            .Select(c => c.DataCardId).ToListAsync();

        Assert.Equal(["5", "4", "3", "2", "1"], ids);
        var pages = _esm.Stub.RequestsTo(HttpMethod.Get, DataPath);
        Assert.Equal(["0", "4", "2"], pages.Select(p => p.Query("filterId")));
        Assert.All(pages, p =>
        {
            Assert.Equal("2", p.Query("limit"));
            Assert.Equal("true", p.Query("dataCards"));
            Assert.Equal("task_id,status", p.Query("selectedAttributes"));
            Assert.Equal("$task_id$ = 'X' AND ($status$ <> 'Deleted' OR $status$ IS NULL)", p.Query("filter"));
            Assert.Contains("filter=%24task_id%24%20%3D%20%27X%27", p.Uri.Query, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task QueryAsync_LastPageExactlyFull_EndsOnTheFollowingEmptyPage()
    {
        ServeCards(4);

        var cards = await _esm.Client.QueryAsync("incident", pageSize: 2).ToListAsync();

        Assert.Equal(4, cards.Count);
        Assert.Equal(["0", "3", "1"], _esm.Stub.RequestsTo(HttpMethod.Get, DataPath).Select(p => p.Query("filterId")));
    }

    [Fact]
    public async Task QueryAsync_NextLinkToAnotherHost_IsNeverFollowed()
    {
        ServeCards(3);

        await _esm.Client.QueryAsync("incident", pageSize: 1).ToListAsync();

        Assert.All(_esm.Stub.Requests, r => Assert.Equal("localhost", r.Uri.Host));
        Assert.Equal(4, _esm.Stub.RequestsTo(HttpMethod.Get, DataPath).Count);
    }

    [Fact]
    public async Task QueryPagesAsync_ResumeBelowAnId_StartsThere()
    {
        ServeCards(5);

        var pages = await _esm.Client.QueryPagesAsync("incident", pageSize: 2, belowDataCardId: "3").ToListAsync();

        Assert.Equal(["2", "1"], pages.SelectMany(p => p.Cards).Select(c => c.DataCardId));
        Assert.Equal("1", pages[0].NextBelowDataCardId);
        Assert.True(pages[^1].IsLast);
    }

    [Fact]
    public async Task QueryAsync_ServerIgnoresFilterId_IsAPagingErrorNotALoop()
    {
        _esm.Stub.On(HttpMethod.Get, DataPath, _ => EsmResponses.Page(2, [EsmResponses.Card(9), EsmResponses.Card(8)]));

        var error = await Assert.ThrowsAsync<EsmPagingException>(
            () => _esm.Client.QueryAsync("incident", pageSize: 2).ToListAsync().AsTask());

        Assert.Contains("decrease", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Get, DataPath).Count);
    }

    [Fact]
    public async Task QueryAsync_IdsRisingWithinAPage_IsAPagingError()
    {
        _esm.Stub.On(HttpMethod.Get, DataPath, _ => EsmResponses.Page(3, [EsmResponses.Card(1), EsmResponses.Card(2)]));

        await Assert.ThrowsAsync<EsmPagingException>(() => _esm.Client.QueryAsync("incident").ToListAsync().AsTask());
    }

    [Fact]
    public async Task QueryAsync_404OnAListOfAKnownTemplate_IsAnEmptyResult()
    {
        _esm.Stub.On(HttpMethod.Get, DataPath, _ => EsmResponses.Error(HttpStatusCode.NotFound, "No data cards found"));

        var cards = await _esm.Client.QueryAsync("incident", Eql.Attr("task_id").Eq("none")).ToListAsync();

        Assert.Empty(cards);
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2006);
    }

    [Fact]
    public async Task QueryAsync_UnknownTemplate_IsANotFoundErrorNamingIt()
    {
        var error = await Assert.ThrowsAsync<EsmNotFoundException>(
            () => _esm.Client.QueryAsync("problem").ToListAsync().AsTask());

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("/dc/problem", error.Message, StringComparison.Ordinal);
        Assert.Empty(_esm.Stub.RequestsTo(HttpMethod.Get, "/dc/problem/data"));
    }

    [Fact]
    public async Task QueryAsync_FilterOnAnAttributeTheTemplateLacks_IsRefusedBeforeQuerying()
    {
        ServeCards(1);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _esm.Client.QueryAsync("incident", Eql.Attr("tsak_id").Eq("X")).ToListAsync().AsTask());

        Assert.Contains("'tsak_id'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_esm.Stub.RequestsTo(HttpMethod.Get, DataPath));
    }

    [Fact]
    public async Task GetTemplateAsync_SecondCallWithinTheCacheTime_IsServedFromTheCache()
    {
        var first = await _esm.Client.GetTemplateAsync("incident");
        await _esm.Client.GetTemplateAsync("incident");
        _esm.Time.Advance(TimeSpan.FromHours(2));
        await _esm.Client.GetTemplateAsync("incident");

        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Get, "/dc/incident").Count);
        Assert.Equal(["incidents"], first.AllowedFolders.Select(f => f.FolderCode));
        var status = first.Attributes["status"];
        Assert.Equal(("static-value", false), (status.Type, status.MultiValue));
        Assert.Equal(["1 - New", "5 - Removed"], status.AllowedValues.Select(v => v.Value));
        Assert.Equal(["person"], first.Attributes["owner"].Targets);
        Assert.True(first.Attributes["comments"].MultiValue);
    }

    [Fact]
    public async Task GetTemplatesAsync_ReadsCodesAndNames()
    {
        _esm.Stub.On(HttpMethod.Get, "/dc", _ => EsmResponses.Json(HttpStatusCode.OK, new[]
        {
            new { name = "Incident", templateCode = "incident", url = "u1" },
            new { name = "Person", templateCode = "person", url = "u2" },
        }));

        var templates = await _esm.Client.GetTemplatesAsync();

        Assert.Equal([new EsmTemplateInfo("incident", "Incident"), new EsmTemplateInfo("person", "Person")], templates);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void QueryPagesAsync_PageSizeOutOfRange_IsRefusedAtOnce(int pageSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _esm.Client.QueryPagesAsync("incident", pageSize: pageSize));
    }

    public void Dispose() => _esm.Dispose();
}
