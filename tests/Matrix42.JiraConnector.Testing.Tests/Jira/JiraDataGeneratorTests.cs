using System.Diagnostics;
using Matrix42.JiraConnector.Testing.Generation;
using Matrix42.JiraConnector.Testing.Jira;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>The generator is deterministic, produces the requested sizes, and stays fast and small at the
/// default size.</summary>
public sealed class JiraDataGeneratorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Populate_SameSeed_ProducesTheSameSite()
    {
        var first = await SnapshotAsync(seed: 11);
        var second = await SnapshotAsync(seed: 11);
        var other = await SnapshotAsync(seed: 12);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Populate_SmallSize_CreatesRequestedCounts()
    {
        var site = new FakeJiraCloud();

        var result = JiraDataGenerator.Populate(site, JiraDataSize.Small);

        Assert.Equal(200 + 1, site.UserCount);
        Assert.Equal(30, site.GroupCount);
        Assert.Equal(800, site.MembershipCount);
        Assert.Equal(300, site.IssueCount);
        Assert.Equal(["OPS", "HR", "IT"], result.ProjectKeys);
        Assert.DoesNotContain(result.AdminToken, result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Populate_DefaultSize_IsFastAndMemoryLeanAndServesPages()
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var site = new FakeJiraCloud();

        var result = JiraDataGenerator.Populate(site);
        var elapsed = clock.Elapsed;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        using var client = site.CreateClient(result.AdminEmail, result.AdminToken);
        clock.Restart();
        var keys = await JiraTestSite.SearchKeysAsync(client, "project = OPS AND updated >= -30d", maxResults: 5000);
        var searchTime = clock.Elapsed;
        output.WriteLine($"generated in {elapsed.TotalSeconds:F1} s, retained {retained / 1024 / 1024} MB; " +
            $"id-only search of {keys.Count} issues in {searchTime.TotalMilliseconds:F0} ms");

        Assert.Equal(50_001, site.UserCount);
        Assert.Equal(7_000, site.GroupCount);
        Assert.Equal(350_000, site.MembershipCount);
        Assert.Equal(100_000, site.IssueCount);
        Assert.NotEmpty(keys);
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"generation took {elapsed}");
        Assert.True(retained < 1024L * 1024 * 1024, $"generation retained {retained} bytes");
        GC.KeepAlive(site);
    }

    private static async Task<string> SnapshotAsync(int seed)
    {
        var site = new FakeJiraCloud(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(
            2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var result = JiraDataGenerator.Populate(site, JiraDataSize.Small, seed);
        using var client = site.CreateClient(result.AdminEmail, result.AdminToken);
        var users = await client.GetStringAsync("rest/api/3/users/search?maxResults=20");
        var issue = await client.GetStringAsync("rest/api/3/issue/OPS-5");
        var groupId = site.FindGroupId("grp-printer-00000")!;
        var members = await client.GetStringAsync(
            $"rest/api/3/group/member?groupId={groupId}&includeInactiveUsers=true");
        return users + issue + members;
    }
}
