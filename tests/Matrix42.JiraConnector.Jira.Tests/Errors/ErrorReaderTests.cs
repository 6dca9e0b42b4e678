using System.Net;
using System.Net.Http.Headers;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Errors;

public sealed class ErrorReaderTests
{
    [Theory]
    [InlineData("""{"errorMessages":["a","b"],"errors":{"summary":"required"}}""", 2, 1, null)]
    [InlineData("""{"message":"Something broke","status-code":500}""", 1, 0, null)]
    [InlineData("""{"errorMessage":"Not allowed"}""", 1, 0, null)]
    [InlineData("""{"errors":{"customfield_1":{"nested":true}}}""", 0, 1, null)]
    [InlineData("<html><body><p>Service   Unavailable</p></body></html>", 0, 0, "Service Unavailable")]
    [InlineData("", 0, 0, null)]
    [InlineData("[1,2,3]", 0, 0, "[1,2,3]")]
    public void Parse_BodyShapes_MessagesFieldsOrSnippet(string body, int messages, int fields, string? snippet)
    {
        var details = JiraErrorReader.Parse(body);

        Assert.Equal(messages, details.ErrorMessages.Count);
        Assert.Equal(fields, details.FieldErrors.Count);
        Assert.Equal(snippet, details.BodySnippet);
    }

    [Fact]
    public void Parse_HugeHtmlBody_SnippetIsShort()
    {
        var details = JiraErrorReader.Parse("<html>" + new string('x', 10_000) + "</html>");

        Assert.True(details.BodySnippet!.Length <= 201);
    }

    [Fact]
    public async Task RetryAfterAsHttpDate_WaitsUntilThatTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var stub = new StubHandler(time,
            Status(HttpStatusCode.TooManyRequests, configure: r =>
                r.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(12))),
            JsonBody("""{"accountId":"a"}"""));
        using var client = TestClients.Create(stub, time: time);

        await TestClients.WithTimeAsync(time, () => client.Connection.GetMyselfAsync());

        Assert.True(stub.Requests[1].At - stub.Requests[0].At >= TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task ErrorMessage_NamesMethodPathAndJiraText_ButNoQuery()
    {
        using var client = TestClients.Create(Of(JsonBody("""{"errorMessages":["Group not found"]}""",
            HttpStatusCode.NotFound)));

        var ex = await Assert.ThrowsAsync<JiraApiException>(() => client.Groups.DeleteAsync("g-1"));

        Assert.StartsWith("Jira answered 404 NotFound to DELETE /rest/api/3/group: Group not found", ex.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("g-1", ex.Message, StringComparison.Ordinal);
    }
}
