using System.Net;
using System.Text;
using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class ContractCheckingHandlerTests
{
    private static readonly Uri Site = new("https://example.atlassian.net");
    private static readonly Uri SearchJql = new("/rest/api/3/search/jql", UriKind.Relative);

    [Fact]
    public async Task SendAsync_CallWithinContract_RecordsTwoValidResults()
    {
        using var fake = new RecordingHandler().Enqueue(HttpStatusCode.OK, """{ "issues": [], "isLast": true }""");
        using var checker = new ContractCheckingHandler(OpenApiContract.Jira, fake);
        using var client = new HttpClient(checker) { BaseAddress = Site };

        using var response = await client.PostAsync(SearchJql, Json("""{ "jql": "project = ABC" }"""));

        Assert.Equal(2, checker.Results.Count);
        Assert.Empty(checker.Violations);
        checker.EnsureNoViolations();
        Assert.Equal("""{ "issues": [], "isLast": true }""", await response.Content.ReadAsStringAsync());
        Assert.Equal("""{ "jql": "project = ABC" }""", fake.LastRequest.Body);
    }

    [Fact]
    public async Task SendAsync_ResponseBreaksContract_ReportsItWithoutFailingTheCall()
    {
        using var fake = new RecordingHandler().Enqueue(HttpStatusCode.OK, """{ "issues": {}, "isLast": true }""");
        using var checker = new ContractCheckingHandler(OpenApiContract.Jira, fake);
        using var client = new HttpClient(checker) { BaseAddress = Site };

        using var response = await client.PostAsync(SearchJql, Json("""{ "jql": "project = ABC" }"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var violation = Assert.Single(checker.Violations);
        Assert.Equal("/issues", Assert.Single(violation.Problems).InstanceLocation);
        var exception = Assert.Throws<ContractViolationException>(checker.EnsureNoViolations);
        Assert.Contains("/issues", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RequestChecksOff_ChecksOnlyResponses()
    {
        // The deprecated GET /search would be flagged as a request; only its (valid) response is checked.
        using var fake = new RecordingHandler().Enqueue(HttpStatusCode.OK, """{ "issues": [], "total": 0 }""");
        using var checker = new ContractCheckingHandler(OpenApiContract.Jira, fake) { CheckRequests = false };
        using var client = new HttpClient(checker) { BaseAddress = Site };

        using var response = await client.GetAsync(new Uri("/rest/api/3/search?jql=x", UriKind.Relative));

        var result = Assert.Single(checker.Results);
        Assert.Equal("searchForIssuesUsingJql", result.Operation?.OperationId);
        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public async Task SendAsync_JsonBodiesLabelledAsText_ReportWrongContentTypeBothWays()
    {
        var answer = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{ "issues": [], "isLast": true }""", Encoding.UTF8, "text/plain"),
        };
        using var fake = new RecordingHandler().Enqueue(answer);
        using var checker = new ContractCheckingHandler(OpenApiContract.Jira, fake);
        using var client = new HttpClient(checker) { BaseAddress = Site };
        using var body = new StringContent("""{ "jql": "project = ABC" }""", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(SearchJql, body);

        Assert.Equal(2, checker.Violations.Count);
        Assert.All(checker.Violations,
            v => Assert.Equal(ContractProblemKind.WrongContentType, Assert.Single(v.Problems).Kind));
    }

    [Fact]
    public async Task SendAsync_HtmlErrorPageForStatusWithoutSchema_IsNotAViolation()
    {
        // Proxies answer with HTML pages; the spec describes no 401 body for search/jql, so nothing is judged.
        var page = new HttpResponseMessage(HttpStatusCode.Unauthorized)
        {
            Content = new StringContent("<html><body>Unauthorized</body></html>", Encoding.UTF8, "text/html"),
        };
        using var fake = new RecordingHandler().Enqueue(page);
        using var checker = new ContractCheckingHandler(OpenApiContract.Jira, fake);
        using var client = new HttpClient(checker) { BaseAddress = Site };

        using var response = await client.PostAsync(SearchJql, Json("""{ "jql": "project = ABC" }"""));

        Assert.Empty(checker.Violations);
    }

    [Fact]
    public async Task ValidateResponseAsync_ResponseWithoutRequest_Throws()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        await Assert.ThrowsAsync<ArgumentException>(() => OpenApiContract.Jira.ValidateResponseAsync(response));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
