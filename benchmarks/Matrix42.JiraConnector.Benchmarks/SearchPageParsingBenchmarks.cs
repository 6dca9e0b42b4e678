using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Reads a search page of 100 issues with realistic fields into the Jira client's models, against parsing the
/// same bytes into a <see cref="JsonDocument"/> only. The client path includes its HTTP pipeline (resilience,
/// rate limiter, tracing) over an in-memory handler, so the ratio is what a caller pays per page beyond the parse.
/// </summary>
[MemoryDiagnoser]
public class SearchPageParsingBenchmarks
{
    private static readonly string[] Fields = ["summary", "status", "priority", "assignee", "updated", "description"];
    private byte[] _page = [];
    private JiraClient _client = null!;
    private JiraSearchRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = SearchPageGenerator.Generate(issueCount: 100);
        _client = JiraClientFactory.Create(
            new JiraClientOptions
            {
                SiteUrl = new Uri("https://bench.atlassian.net/"), Email = "bench@example.com", ApiToken = "token",
            },
            primaryHandler: new CannedResponseHandler(_page));
        _request = new JiraSearchRequest { Jql = "project = ACME ORDER BY id", Fields = Fields, MaxResults = 100 };
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark(Baseline = true)]
    public int JsonDocumentOnly()
    {
        using var document = JsonDocument.Parse(_page);
        return document.RootElement.GetProperty("issues"u8).GetArrayLength();
    }

    [Benchmark]
    public async Task<int> ClientModels()
    {
        var page = await _client.Search.GetPageAsync(_request);
        return page.Issues.Count;
    }
}
