using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;

public sealed class AddJiraConnectorTests
{
    [Fact]
    public async Task Start_NoStateStoreBadSchedulerAndBadConnector_FailsListingEveryProblem()
    {
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["JiraConnector:Scheduler:MaxConcurrentRuns"] = "0",
            ["JiraConnector:Scheduler:CacheClearHoursUtc:0"] = "25",
            ["JiraConnector:connectors:0:id"] = "conn-1",
            ["JiraConnector:connectors:0:name"] = "Broken",
            ["JiraConnector:connectors:0:scheduledTasks:0:id"] = "t1",
            ["JiraConnector:connectors:0:scheduledTasks:0:name"] = "Users",
            ["JiraConnector:connectors:0:scheduledTasks:0:schedule:cron"] = "not a cron",
        });
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddJiraConnector(configuration.GetSection("JiraConnector"));
        using var host = builder.Build();

        // The connector's own options and its clients' options each fail; the host reports them all at once.
        var error = await Assert.ThrowsAsync<AggregateException>(() => host.StartAsync());

        var ours = error.InnerExceptions.OfType<OptionsValidationException>()
            .Single(e => e.OptionsType == typeof(JiraConnectorOptions));
        var text = string.Join("\n", ours.Failures);
        Assert.Contains("no state store", text);
        Assert.Contains("MaxConcurrentRuns", text);
        Assert.Contains("CacheClearHoursUtc holds 25", text);
        Assert.Contains("scheduledTasks[0]", text);
        Assert.Contains("jira.siteUrl", text);
        Assert.Contains(error.InnerExceptions, e => e.Message.Contains("JiraClientOptions.SiteUrl"));
    }

    [Fact]
    public void Configuration_SchedulerSection_BoundWithGivenHoursOnly()
    {
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["JiraConnector:Scheduler:MaxConcurrentRuns"] = "3",
            ["JiraConnector:Scheduler:CacheClearHoursUtc:0"] = "6",
            ["JiraConnector:Scheduler:CacheClearHoursUtc:1"] = "12",
            ["JiraConnector:Scheduler:TriggerPollInterval"] = "00:00:30",
        });
        var services = new ServiceCollection();
        services.AddJiraConnector(configuration.GetSection("JiraConnector")).UseInMemoryState();
        using var provider = services.BuildServiceProvider();

        var scheduler = provider.GetRequiredService<IOptions<TaskSchedulerOptions>>().Value;

        Assert.Equal(3, scheduler.MaxConcurrentRuns);
        Assert.Equal([6, 12], scheduler.CacheClearHoursUtc);
        Assert.Equal(TimeSpan.FromSeconds(30), scheduler.TriggerPollInterval);
    }

    [Fact]
    public async Task Registry_TwoConnectorsWithDifferentCredentials_EachClientUsesItsOwn()
    {
        var jiraA = new FakeJiraCloud();
        var accountA = jiraA.AddAccount("a@example.test", "token-a");
        var jiraB = new FakeJiraCloud();
        var accountB = jiraB.AddAccount("b@example.test", "token-b");
        var esmA = new FakeEsm(new FakeEsmOptions { DefaultLogin = "login-a", DefaultPassword = "pw-a" });
        var esmB = new FakeEsm(new FakeEsmOptions { DefaultLogin = "login-b", DefaultPassword = "pw-b" });
        await using var jiraServerA = jiraA.StartLoopback();
        await using var jiraServerB = jiraB.StartLoopback();
        await using var esmServerA = esmA.StartLoopback();
        await using var esmServerB = esmB.StartLoopback();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJiraConnector()
            .AddConnector(TestConnectors.Create(
                "conn-a", jiraServerA.BaseAddress, "a@example.test", "token-a",
                esmServerA.BaseAddress, "login-a", "pw-a"))
            .AddConnector(TestConnectors.Create(
                "conn-b", jiraServerB.BaseAddress, "b@example.test", "token-b",
                esmServerB.BaseAddress, "login-b", "pw-b"))
            .UseInMemoryState();
        await using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<IConnectorClientRegistry>();

        var meA = await registry.GetJiraClient("conn-a").Connection.GetMyselfAsync();
        var meB = await registry.GetJiraClient("conn-b").Connection.GetMyselfAsync();
        var templatesA = await registry.GetEsmClient("conn-a").GetTemplatesAsync();
        var templatesB = await registry.GetEsmClient("conn-b").GetTemplatesAsync();

        Assert.Equal(accountA, meA.AccountId);
        Assert.Equal(accountB, meB.AccountId);
        Assert.NotNull(templatesA);
        Assert.NotNull(templatesB);
        Assert.NotSame(registry.GetEsmClient("conn-a"), registry.GetEsmClient("conn-b"));
        Assert.Equal(["conn-a", "conn-b"], registry.ConnectorIds);
        var unknown = Assert.Throws<UnknownConnectorException>(() => registry.GetJiraClient("conn-x"));
        Assert.Equal("conn-x", unknown.ConnectorId);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
