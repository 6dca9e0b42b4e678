using System.Net;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Writes;

public sealed class WriteTests : IDisposable
{
    private const string DataPath = "/dc/incident/data";
    private readonly EsmHarness _esm = new();

    [Fact]
    public async Task CreateAsync_201_ReturnsTheNewIdAsAFullSuccess()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, _ => EsmResponses.Written(HttpStatusCode.Created, "40001"));

        var data = new EsmAttributeSet { { "summary", EsmValue.Text("A") } };

        var result = await _esm.Client.CreateAsync("incident", "incidents", data);

        Assert.Equal(("40001", true, false), (result.DataCardId, result.Created, result.IsPartialFailure));
    }

    [Fact]
    public async Task CreateAsync_AcceptedWithAttributeErrors_IsAPartialFailureNotASuccess()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, _ => EsmResponses.Written(
            HttpStatusCode.Created, "40002", [EsmResponses.AttributeError("status", "static-value", "Unknown value")]));

        var result = await _esm.Client.CreateAsync(
            "incident", "incidents", new EsmAttributeSet().Set("status", EsmValue.Static("9 - Nope")));

        Assert.True(result.IsPartialFailure);
        Assert.Equal(new EsmAttributeError("status", "static-value", "Unknown value", "Bad Request"),
            result.AttributeErrors.Single());
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2009);
    }

    [Fact]
    public async Task ModifyAsync_SendsOnlyTheGivenAttributesWithTheId()
    {
        _esm.Stub.On(HttpMethod.Patch, DataPath + "/40001", _ => EsmResponses.Written(HttpStatusCode.OK, "40001"));

        var data = new EsmAttributeSet().Set("summary", EsmValue.Text("B"));

        var result = await _esm.Client.ModifyAsync("incident", "40001", data);

        var body = _esm.Stub.RequestsTo(HttpMethod.Patch, DataPath + "/40001").Single().Json();
        Assert.Equal("40001", body.GetProperty("dataCardId").GetString());
        Assert.False(body.TryGetProperty("folderCode", out _));
        Assert.Equal(["summary"], body.GetProperty("data").EnumerateObject().Select(p => p.Name));
        Assert.Equal(("40001", false), (result.DataCardId, result.Created));
    }

    [Fact]
    public async Task BulkImportAsync_SomeItemsRefused_ReportsEachItemAndAPartialFailure()
    {
        _esm.Stub.On(HttpMethod.Put, DataPath, _ => EsmResponses.Json(HttpStatusCode.OK, new
        {
            meta = new { importResult = new { handledDataCards = 3, savedDataCards = 2, notSavedDataCards = 1 } },
            data = new object[]
            {
                new { dataCard = new { dataCardId = "50001", name = "n", url = "u" }, errors = Array.Empty<object>() },
                new { dataCard = new { dataCardId = "40001", name = "n", url = "u" }, errors = Array.Empty<object>() },
                new { errors = new[] { EsmResponses.AttributeError("effort", "number", "Not a number") } },
            },
        }));
        var items = new[]
        {
            EsmBulkItem.Create("incidents", new EsmAttributeSet().Set("summary", EsmValue.Text("new"))),
            EsmBulkItem.Modify("40001", new EsmAttributeSet().Set("summary", EsmValue.Text("changed"))),
            EsmBulkItem.Create("incidents", new EsmAttributeSet().Set("effort", EsmValue.Number(1))),
        };

        var result = await _esm.Client.BulkImportAsync("incident", items);

        Assert.True(result.IsPartialFailure);
        Assert.Equal((2, 1), (result.SavedCount, result.NotSavedCount));
        Assert.Equal([true, true, false], result.Items.Select(i => i.Succeeded));
        Assert.Equal("effort", result.Items[2].AttributeErrors.Single().AttributeCode);
        var body = _esm.Stub.RequestsTo(HttpMethod.Put, DataPath).Single().Json();
        Assert.Equal(3, body.GetArrayLength());
        Assert.False(body[0].TryGetProperty("dataCardId", out _));
        Assert.Equal("incidents", body[0].GetProperty("folderCode").GetString());
        Assert.Equal("40001", body[1].GetProperty("dataCardId").GetString());
    }

    [Fact]
    public async Task BulkImportAsync_NoItems_SendsNothing()
    {
        var result = await _esm.Client.BulkImportAsync("incident", []);

        Assert.False(result.IsPartialFailure);
        Assert.Empty(_esm.Stub.Requests);
    }

    [Fact]
    public async Task TrashAsync_Deleted_IsTrashed()
    {
        _esm.Stub.On(HttpMethod.Delete, DataPath + "/40001", _ => EsmResponses.Ok());

        Assert.Equal(EsmTrashOutcome.Trashed, await _esm.Client.TrashAsync("incident", "40001"));
    }

    [Fact]
    public async Task TrashAsync_409AlreadyInTrash_IsSuccess()
    {
        _esm.Stub.On(HttpMethod.Delete, DataPath + "/40001", _ => EsmResponses.Error(HttpStatusCode.Conflict,
            "already in trash"));

        Assert.Equal(EsmTrashOutcome.AlreadyInTrash, await _esm.Client.TrashAsync("incident", "40001"));
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Delete, DataPath + "/40001"));
    }

    [Fact]
    public async Task AttributeWrites_UseTheAttributeEndpointWithTheirMethods()
    {
        const string path = DataPath + "/40001/comments";
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete })
        {
            _esm.Stub.On(method, path, _ => EsmResponses.Ok());
        }

        await _esm.Client.ReplaceAttributeAsync("incident", "40001", "comments", [EsmValue.Text("only")]);
        await _esm.Client.AddAttributeValuesAsync("incident", "40001", "comments",
            [EsmValue.Worklog("Synced from Jira")]);
        await _esm.Client.ClearAttributeAsync("incident", "40001", "comments");

        var calls = _esm.Stub.Requests.Where(r => r.Path == path).ToArray();
        Assert.Equal([HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete], calls.Select(c => c.Method));
        Assert.Equal("""{"values":[{"value":"only"}]}""", calls[0].Body);
        Assert.Equal("""{"values":[{"value":"Synced from Jira"}]}""", calls[1].Body);
        Assert.Null(calls[2].Body);
    }

    [Fact]
    public async Task Write_400WithAttributeErrors_IsAnApiErrorCarryingThem()
    {
        _esm.Stub.On(HttpMethod.Post, DataPath, _ => EsmResponses.Error(
            HttpStatusCode.BadRequest, "Invalid data", [EsmResponses.AttributeError("due", "date", "Bad date")]));

        var error = await Assert.ThrowsAsync<EsmApiException>(
            () => _esm.Client.CreateAsync("incident", "incidents", new EsmAttributeSet().Set("due",
                EsmValue.Text("x"))));

        Assert.Equal(typeof(EsmApiException), error.GetType());
        Assert.Equal((400, "BadRequest", "Invalid data"), (error.StatusCode, error.Error, error.ApiMessage));
        Assert.Equal("due", error.AttributeErrors.Single().AttributeCode);
        Assert.Contains("POST /rest-api/itsm/v1/dc/incident/data", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bad date", error.Message, StringComparison.Ordinal);
        Assert.Single(_esm.Stub.RequestsTo(HttpMethod.Post, DataPath));
    }

    [Fact]
    public async Task Write_403_IsAnApiErrorExplainingThePermission()
    {
        _esm.Stub.On(HttpMethod.Patch, DataPath + "/7", _ => EsmResponses.Error(HttpStatusCode.Forbidden,
            "Access denied"));

        var error = await Assert.ThrowsAsync<EsmApiException>(
            () => _esm.Client.ModifyAsync("incident", "7", new EsmAttributeSet().Set("summary", EsmValue.Text("x"))));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("permission", error.Message, StringComparison.Ordinal);
        Assert.Contains("Access denied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_404_IsANotFoundError()
    {
        _esm.Stub.On(HttpMethod.Patch, DataPath + "/7", _ => EsmResponses.Error(HttpStatusCode.NotFound,
            "Data card not found"));

        var error = await Assert.ThrowsAsync<EsmNotFoundException>(
            () => _esm.Client.ModifyAsync("incident", "7", new EsmAttributeSet().Set("summary", EsmValue.Text("x"))));

        Assert.Equal("Data card not found", error.ApiMessage);
    }

    [Fact]
    public async Task Write_NonJsonErrorBody_StillGivesTheStatus()
    {
        _esm.Stub.On(HttpMethod.Delete, DataPath + "/7", _ => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>gateway</html>"),
        });

        var error = await Assert.ThrowsAsync<EsmApiException>(() => _esm.Client.TrashAsync("incident", "7"));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ApiMessage);
    }

    public void Dispose() => _esm.Dispose();
}
