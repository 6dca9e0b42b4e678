using System.Net;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Values;

public sealed class ValueReadTests : IDisposable
{
    private readonly EsmHarness _esm = new();

    [Fact]
    public async Task GetCardAsync_EveryValueType_IsReadIntoTheTypedFamily()
    {
        var card = EsmResponses.Card(
            40001,
            ("summary", "string", [new { value = "Laptop request" }]),
            ("effort", "number", [new { value = 0.25 }]),
            ("due", "date", [new { value = "2024-05-31" }]),
            ("opened", "date", [new { value = "2024-05-31T10:15:00+0200" }]),
            ("status", "static-value", [new { value = "5 - Removed", code = "removed" }]),
            ("owner", "reference", [new
            {
                dataCardId = "21", name = "Jane Doe", templateCode = "person", templateName = "Person",
                url = "u", hidden = false, deleted = true,
            }]),
            ("links", "external-reference", [new { name = "Spec", location = "loc/1", download = "d/1" }]),
            ("comments", "worklog", [new { author = "Jane Doe", value = "Done", date = "2024-05-31T08:15:00Z" }]),
            ("geo", "coordinates", [new { lat = 1 }]),
            ("empty", "string", []));
        _esm.Stub.On(HttpMethod.Get, "/dc/incident/data/40001", _ => EsmResponses.Json(HttpStatusCode.OK, card));

        var read = await _esm.Client.GetCardAsync("incident", "40001");

        Assert.NotNull(read);
        Assert.Equal("40001", read.DataCardId);
        Assert.Equal("incidents", read.FolderCode);
        Assert.Equal("Laptop request", read.FirstValueOf<EsmTextValue>("summary")!.Value);
        Assert.Equal(0.25m, read.FirstValueOf<EsmNumberValue>("effort")!.Value);
        Assert.Equal(new DateOnly(2024, 5, 31), read.FirstValueOf<EsmDateValue>("due")!.Value);
        Assert.Equal(
            new DateTimeOffset(2024, 5, 31, 8, 15, 0, TimeSpan.Zero),
                read.FirstValueOf<EsmDateTimeValue>("opened")!.Value);
        Assert.Equal(new EsmStaticValue("5 - Removed", "removed"), read.FirstValueOf<EsmStaticValue>("status"));
        var owner = read.FirstValueOf<EsmReferenceValue>("owner")!;
        Assert.Equal(("21", "Jane Doe", "person", true), (owner.DataCardId, owner.Name, owner.TemplateCode,
            owner.Deleted));
        var link = read.FirstValueOf<EsmExternalReferenceValue>("links")!;
        Assert.Equal(("Spec", "loc/1", "d/1"), (link.Name, link.Location, link.Download));
        var entry = read.FirstValueOf<EsmWorklogValue>("comments")!;
        Assert.Equal(("Done", "Jane Doe"), (entry.Value, entry.Author));
        Assert.Equal(new DateTimeOffset(2024, 5, 31, 8, 15, 0, TimeSpan.Zero), entry.WrittenAt);
        var raw = read.FirstValueOf<EsmRawValue>("geo")!;
        Assert.Equal("coordinates", raw.Type);
        Assert.Equal(1, raw.Json.GetProperty("lat").GetInt32());
        Assert.Empty(read.ValuesOf("empty"));
        Assert.Empty(read.ValuesOf("not-there"));
    }

    [Theory]
    [InlineData("2024-05-31T10:15:00+0200")]
    [InlineData("2024-05-31T10:15:00+02:00")]
    [InlineData("2024-05-31T08:15:00Z")]
    [InlineData("2024-05-31T08:15:00.000Z")]
    [InlineData("2024-05-31T08:15:00")]
    [InlineData("2024-05-31T03:15:00-0500")]
    public async Task GetCardAsync_DateTimeInAnyOffsetStyle_IsReadAsTheSameUtcInstant(string text)
    {
        var card = EsmResponses.Card(7, ("opened", "date", [new { value = text }]));
        _esm.Stub.On(HttpMethod.Get, "/dc/incident/data/7", _ => EsmResponses.Json(HttpStatusCode.OK, card));

        var read = await _esm.Client.GetCardAsync("incident", "7");

        Assert.Equal(
            new DateTimeOffset(2024, 5, 31, 8, 15, 0, TimeSpan.Zero),
                read!.FirstValueOf<EsmDateTimeValue>("opened")!.Value);
    }

    [Fact]
    public async Task GetCardAsync_ShapeThatDoesNotFitItsType_IsKeptRaw()
    {
        var card = EsmResponses.Card(
            8, ("effort", "number", [new { value = "lots" }]), ("owner", "reference", [new { name = "no id" }]));
        _esm.Stub.On(HttpMethod.Get, "/dc/incident/data/8", _ => EsmResponses.Json(HttpStatusCode.OK, card));

        var read = await _esm.Client.GetCardAsync("incident", "8");

        Assert.IsType<EsmRawValue>(read!.ValuesOf("effort")[0]);
        Assert.IsType<EsmRawValue>(read.ValuesOf("owner")[0]);
    }

    [Fact]
    public async Task GetCardAsync_MissingCardOfKnownTemplate_ReturnsNull()
    {
        _esm.Stub.On(HttpMethod.Get, "/dc/incident/data/9", _ => EsmResponses.Error(HttpStatusCode.NotFound,
            "no card"));

        Assert.Null(await _esm.Client.GetCardAsync("incident", "9", ["summary"]));
        Assert.Equal("summary", _esm.Stub.RequestsTo(HttpMethod.Get,
            "/dc/incident/data/9").Single().Query("selectedAttributes"));
    }

    public void Dispose() => _esm.Dispose();
}
