using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class RecordingHandlerTests
{
    private static readonly Uri Site = new("https://example.atlassian.net");

    [Fact]
    public async Task SendAsync_JsonPost_RecordsMethodUriHeadersAndBody()
    {
        using var handler = new RecordingHandler().Enqueue(HttpStatusCode.Created, """{"id":"10000"}""");
        using var client = new HttpClient(handler) { BaseAddress = Site };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rest/api/3/issue?updateHistory=true")
        {
            Content = new StringContent("""{"fields":{}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjp0b2tlbg==");

        using var response = await client.SendAsync(request);

        var recorded = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, recorded.Method);
        Assert.Equal(new Uri(Site, "/rest/api/3/issue?updateHistory=true"), recorded.Uri);
        Assert.Equal("""{"fields":{}}""", recorded.Body);
        Assert.Equal("application/json", recorded.ContentType);
        Assert.Equal("Basic dXNlcjp0b2tlbg==", recorded.Header("authorization"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("""{"id":"10000"}""", await response.Content.ReadAsStringAsync());
        Assert.Same(request, response.RequestMessage);
    }

    [Fact]
    public async Task SendAsync_QueueThenResponder_ServesQueueFirstInOrder()
    {
        using var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent))
            .Enqueue(HttpStatusCode.TooManyRequests)
            .Enqueue(HttpStatusCode.OK, "[]");
        using var client = new HttpClient(handler) { BaseAddress = Site };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var uri = new Uri($"/rest/api/3/user/search?startAt={i}", UriKind.Relative);
            using var response = await client.GetAsync(uri);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.NoContent], statuses);
        Assert.Equal("?startAt=2", handler.LastRequest.Uri.Query);
        Assert.Null(handler.LastRequest.Body);
    }

    [Fact]
    public async Task SendAsync_NothingQueuedAndNoResponder_ThrowsNamingTheRequest()
    {
        using var handler = new RecordingHandler();
        using var client = new HttpClient(handler) { BaseAddress = Site };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => client.GetAsync(new Uri("/rest/api/3/myself", UriKind.Relative)));

        Assert.Contains("GET /rest/api/3/myself", exception.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ValidateRequest_RecordedRequest_ChecksItAgainstTheContract()
    {
        using var handler = new RecordingHandler(_ => RecordingHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new HttpClient(handler) { BaseAddress = Site };
        using var good = new StringContent("""{"jql":"project = ABC"}""", Encoding.UTF8, "application/json");
        using var bad = new StringContent("""{"jql":["project = ABC"]}""", Encoding.UTF8, "application/json");

        (await client.PostAsync(new Uri("/rest/api/3/search/jql", UriKind.Relative), good)).Dispose();
        (await client.PostAsync(new Uri("/rest/api/3/search/jql", UriKind.Relative), bad)).Dispose();

        var results = handler.Requests.Select(OpenApiContract.Jira.ValidateRequest).ToList();
        Assert.True(results[0].IsValid, results[0].ToString());
        Assert.Contains(results[1].Problems, p => p.InstanceLocation == "/jql");
    }

    [Fact]
    public async Task ValidateRequest_RecordedUriWithEncodedDelimiters_KeepsTheSegmentTogether()
    {
        using var handler = new RecordingHandler(_ => RecordingHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new HttpClient(handler) { BaseAddress = Site };

        (await client.GetAsync(new Uri("/rest/api/3/issue/A%2FB?fields=summary", UriKind.Relative))).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Site, "/rest/api/3/issue/A%2Fcomment"));
        using var question = new HttpRequestMessage(HttpMethod.Get, new Uri(Site, "/rest/api/3/issue/A%3F/comment"));

        var recorded = OpenApiContract.Jira.ValidateRequest(handler.LastRequest);
        var message = await OpenApiContract.Jira.ValidateRequestAsync(request);
        var questionMark = await OpenApiContract.Jira.ValidateRequestAsync(question);

        // Decoding before splitting would turn these into /issue/A/B (no match) and /issue/A/comment (getComments).
        Assert.Equal("getIssue", recorded.Operation?.OperationId);
        Assert.Equal("getIssue", message.Operation?.OperationId);
        Assert.Equal("getComments", questionMark.Operation?.OperationId);
    }

    [Fact]
    public void LastRequest_NoRequestYet_Throws()
    {
        using var handler = new RecordingHandler();

        Assert.Throws<InvalidOperationException>(() => handler.LastRequest);
    }
}
