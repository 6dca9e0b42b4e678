using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Values;

public sealed class ValueWriteTests : IDisposable
{
    private readonly EsmHarness _esm = new();

    public ValueWriteTests()
    {
        _esm.Stub.On(HttpMethod.Post, "/dc/incident/data", _ => EsmResponses.Written(HttpStatusCode.Created, "40001"));
    }

    [Fact]
    public async Task CreateAsync_EveryValueType_IsSentInTheDocumentedWriteShape()
    {
        var raw = JsonDocument.Parse("""{"value":"kept","extra":1}""").RootElement;
        var data = new EsmAttributeSet()
            .Set("summary", EsmValue.Text("Laptop request"))
            .Set("effort", EsmValue.Number(0.25m))
            .Set("due", EsmValue.Date(new DateOnly(2024, 5, 31)))
            .Set("opened", EsmValue.DateTime(new DateTimeOffset(2024, 5, 31, 10, 15, 0, TimeSpan.FromHours(2))))
            .Set("status", EsmValue.Static("1 - New"), EsmValue.Static(null, "removed"))
            .Set("owner", new EsmReferenceValue("21") { Name = "not sent" })
            .Set("links", new EsmExternalReferenceValue("Jira", "https://jira.example/browse/A-1") { Download = "x" })
            .Set("comments", EsmValue.Worklog("First comment"))
            .Set("custom", new EsmRawValue("geo", raw))
            .Set("emptied");

        await _esm.Client.CreateAsync("incident", "incidents", data);

        var body = _esm.Stub.RequestsTo(HttpMethod.Post, "/dc/incident/data").Single().Json();
        Assert.Equal("incidents", body.GetProperty("folderCode").GetString());
        var written = body.GetProperty("data");
        Assert.Equal("""[{"value":"Laptop request"}]""", Values(written, "summary"));
        Assert.Equal("""[{"value":0.25}]""", Values(written, "effort"));
        Assert.Equal("""[{"value":"2024-05-31"}]""", Values(written, "due"));
        Assert.Equal("""[{"value":"2024-05-31T08:15:00Z"}]""", Values(written, "opened"));
        Assert.Equal("""[{"value":"1 - New"},{"code":"removed"}]""", Values(written, "status"));
        Assert.Equal("""[{"dataCardId":"21"}]""", Values(written, "owner"));
        Assert.Equal("""[{"name":"Jira","location":"https://jira.example/browse/A-1"}]""", Values(written, "links"));
        Assert.Equal("""[{"value":"First comment"}]""", Values(written, "comments"));
        Assert.Equal("""[{"value":"kept","extra":1}]""", Values(written, "custom"));
        Assert.Equal("[]", Values(written, "emptied"));
    }

    [Fact]
    public void EsmDateTimeValue_AnyOffset_IsHeldInUtc()
    {
        var value = EsmValue.DateTime(new DateTimeOffset(2024, 5, 31, 1, 0, 0, TimeSpan.FromHours(3)));

        Assert.Equal(TimeSpan.Zero, value.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 30, 22, 0, 0, TimeSpan.Zero), value.Value);
    }

    [Fact]
    public void Constructors_InvalidValues_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => EsmValue.Static(null, null));
        Assert.Throws<ArgumentException>(() => EsmValue.Reference("Jane Doe"));
        Assert.Throws<ArgumentException>(() => new EsmAttributeSet().Set("bad code", EsmValue.Text("x")));
    }

    private static string Values(JsonElement data, string code) =>
        data.GetProperty(code).GetProperty("values").GetRawText();

    public void Dispose() => _esm.Dispose();
}
