using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Testing.Tests.Readme;

/// <summary>Runs the README's "testing your integration with the fakes" example, so the README stays true.</summary>
public sealed class ReadmeFakesExampleTests
{
    [Fact]
    public async Task ReadmeExample_SearchThroughFakeWithInjected429s_FindsTheIssueAndCountsCalls()
    {
        var site = new FakeJiraCloud();
        site.AddAccount("bot@example.test", "test-token", isAdmin: true);
        site.AddProject("OPS", "Operations");
        var key = site.AddIssue("OPS", "Printer on fire");
        site.Faults.Add(new FaultRule
        {
            Kind = FaultKind.TooManyRequests,
            PathPattern = "/rest/api/3/search/jql",
            RetryAfter = TimeSpan.Zero,
            MaxCount = 1,
        });

        using var jira = JiraClientFactory.Create(
            new JiraClientOptions { SiteUrl = site.SiteUrl, Email = "bot@example.test", ApiToken = "test-token" },
            primaryHandler: site.CreateHandler());

        var found = new List<string>();
        await foreach (var issue in jira.Search.SearchAsync(
            new JiraSearchRequest { Jql = "project = OPS ORDER BY updated", Fields = ["summary", "updated"] }))
        {
            found.Add($"{issue.Key}: {issue.Summary}");
        }

        Assert.Equal([$"{key}: Printer on fire"], found);
        Assert.Equal(1, site.Faults.InjectedCount);
        Assert.Equal(2, site.Log.CountsByRoute().Where(r => r.Key.Contains("search/jql", StringComparison.Ordinal))
            .Sum(r => r.Value));
    }

    [Fact]
    public async Task ReadmeExample_LoopbackServerWithInsecureLoopbackAllowed_ServesTheClient()
    {
        var site = new FakeJiraCloud();
        site.AddAccount("bot@example.test", "test-token", isAdmin: true);
        site.AddProject("OPS", "Operations");
        var key = site.AddIssue("OPS", "Printer on fire");

        await using var server = site.StartLoopback();
        using var overSockets = JiraClientFactory.Create(new JiraClientOptions
        {
            SiteUrl = server.BaseAddress,
            AllowInsecureLoopback = true,
            Email = "bot@example.test",
            ApiToken = "test-token",
        });
        var issue = await overSockets.Issues.GetAsync(key, ["summary"]);

        Assert.Equal("Printer on fire", issue.Summary);
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => JiraClientFactory.Create(
            new JiraClientOptions { SiteUrl = server.BaseAddress, Email = "bot@example.test", ApiToken = "x" }));
    }
}
