using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Health;

public sealed class HealthCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("token-ok", null, HealthStatus.Healthy)]
    [InlineData("token-ok", 10, HealthStatus.Degraded)]
    [InlineData("token-ok", -1, HealthStatus.Unhealthy)]
    [InlineData("wrong-token", null, HealthStatus.Unhealthy)]
    public async Task JiraCheck_CredentialsAndTokenExpiry_GivesStatus(
        string token, int? expiresInDays, HealthStatus expected)
    {
        var jira = new FakeJiraCloud();
        jira.AddAccount("ops@example.test", "token-ok");
        var esm = new FakeEsm();
        await using var jiraServer = jira.StartLoopback();
        await using var esmServer = esm.StartLoopback();
        var connector = TestConnectors.Create(
            "c1", jiraServer.BaseAddress, "ops@example.test", token,
            esmServer.BaseAddress, "webapi", "webapi-password");
        connector.Jira.ApiTokenExpiresOn =
            expiresInDays is { } days ? DateOnly.FromDateTime(Now.AddDays(days).UtcDateTime) : null;

        var report = await CheckAsync(connector);

        Assert.Equal(expected, report.Entries["jiraconnector-jira-c1"].Status);
    }

    [Theory]
    [InlineData("webapi-password", HealthStatus.Healthy)]
    [InlineData("wrong-password", HealthStatus.Unhealthy)]
    public async Task EsmCheck_Login_GivesStatus(string password, HealthStatus expected)
    {
        var jira = new FakeJiraCloud();
        jira.AddAccount("ops@example.test", "token-ok");
        var esm = new FakeEsm();
        await using var jiraServer = jira.StartLoopback();
        await using var esmServer = esm.StartLoopback();
        var connector = TestConnectors.Create(
            "c1", jiraServer.BaseAddress, "ops@example.test", "token-ok", esmServer.BaseAddress, "webapi", password);

        var report = await CheckAsync(connector);

        Assert.Equal(expected, report.Entries["jiraconnector-esm-c1"].Status);
        Assert.DoesNotContain(password, report.Entries["jiraconnector-esm-c1"].Description);
    }

    [Fact]
    public async Task SchedulerAndTaskChecks_NotStartedThenFailedRun_UnhealthyThenDegraded()
    {
        var connector = TestConnectors.Create(
            "c1", new Uri("https://acme.atlassian.net"), "ops@example.test", "t", new Uri("https://esm.example.test"),
            "webapi", "pw");
        connector.ScheduledTasks.Add(TestConnectors.IssueTask("t1", new ScheduleSettings { ManualOnly = true }));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJiraConnector().AddConnector(connector).UseInMemoryState().AddHealthChecks();
        await using var provider = services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();
        var scheduler = provider.GetRequiredService<ConnectorScheduler>();

        var before = await health.CheckHealthAsync(r => r.Name.StartsWith("jiraconnector-s", StringComparison.Ordinal));
        await scheduler.StartAsync(CancellationToken.None);
        scheduler.RequestRun(new TaskKey("c1", "t1"));
        await Scheduling.SchedulerHarness.EventuallyAsync(
            () => scheduler.GetTaskStates().Single().LastResult is not null, "the run");
        var after = await health.CheckHealthAsync(r => r.Name.StartsWith("jiraconnector-", StringComparison.Ordinal)
                                                       && !r.Name.Contains("-jira-") && !r.Name.Contains("-esm-"));
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, before.Entries["jiraconnector-scheduler"].Status);
        Assert.Equal(HealthStatus.Healthy, after.Entries["jiraconnector-scheduler"].Status);

        // No run executor is registered, so the run fails and the task check turns Degraded naming the task.
        Assert.Equal(HealthStatus.Degraded, after.Entries["jiraconnector-task-runs"].Status);
        Assert.Contains("c1/t1", after.Entries["jiraconnector-task-runs"].Description);
    }

    private static async Task<HealthReport> CheckAsync(ConnectorDefinition connector)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddJiraConnector().AddConnector(connector).UseInMemoryState().AddHealthChecks();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(
            r => r.Name.Contains("-jira-") || r.Name.Contains("-esm-"));
    }
}
