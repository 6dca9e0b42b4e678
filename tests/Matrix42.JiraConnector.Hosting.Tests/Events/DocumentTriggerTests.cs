using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Triggers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Tests.Events;

public sealed class DocumentTriggerTests
{
    private const int PollCompleted = 6100;
    private const int PollFailed = 6014;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Scheduler_DocumentTrigger_CreatesOneIssuePerMatchingCardAndSkipsUnchangedCards()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        TaskOf(site, site.CreateTask).Trigger = new EventTriggerSettings
        {
            Conditions = [new EventTriggerCondition { Attribute = "status", EqualTo = "New" }],
            IntervalSeconds = (int)Interval.TotalSeconds,
        };
        var first = site.AddIncident("Printer down");
        var second = site.AddIncident("Screen flickers");
        var done = site.AddIncident("Old problem", status: "Completed");
        await using var host = new EventHost([site]);
        var key = $"conn-1/{site.CreateTask}";

        await host.StartAsync();
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 1, "the first poll");
        var issuesAfterFirst = site.Jira.IssueCount;
        host.Time.Advance(Interval);
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 2, "the second poll");

        Assert.Equal(2, issuesAfterFirst);
        Assert.Equal(2, site.Jira.IssueCount);
        Assert.Equal(2, site.JiraPosts("/issue"));
        Assert.NotNull(site.ValueOf(first, "jira_key"));
        Assert.NotNull(site.ValueOf(second, "jira_key"));
        Assert.Null(site.ValueOf(done, "jira_key"));
        var polls = host.Records(PollCompleted, key);
        Assert.Equal(["2", "0"], polls.Select(r => EventHost.StateOf(r, "Triggered")));
        Assert.All(polls, r => Assert.Equal("CreateIssue", EventHost.StateOf(r, "Activity")));
        Assert.Empty(host.Records(PollFailed));
        Assert.Empty(host.Records(PollCompleted, $"conn-1/{site.UpdateTask}"));
    }

    [Fact]
    public async Task Scheduler_DisabledDocumentTrigger_IsNotPolled()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        TaskOf(site, site.CreateTask).Trigger = new EventTriggerSettings { Enabled = false, IntervalSeconds = 60 };
        site.AddIncident("Printer down");
        await using var host = new EventHost([site]);

        var options = host.Services.GetRequiredService<IOptions<JiraConnectorOptions>>().Value;
        await host.StartAsync();
        await host.SettleAsync();

        Assert.Empty(options.TriggerPolls);
        Assert.Empty(host.Records(PollCompleted));
        Assert.Equal(0, site.Jira.IssueCount);
    }

    [Fact]
    public async Task Start_DocumentAndCodeTriggerForOneTask_FailsAsDuplicate()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        TaskOf(site, site.CreateTask).Trigger = new EventTriggerSettings();
        await using var host = new EventHost([site], b => b.AddEventTrigger("conn-1", new EventTriggerDefinition
        {
            TaskId = site.CreateTask,
        }));

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<JiraConnectorOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.Contains($"conn-1/{site.CreateTask}", failure, StringComparison.Ordinal);
        Assert.Contains("more than one trigger", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DocumentTriggerWithUnsafeText_IsNotRegisteredAndValidationNamesTheSetting()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        TaskOf(site, site.CreateTask).Trigger = new EventTriggerSettings
        {
            Conditions = [new EventTriggerCondition { Attribute = "status", EqualTo = "New' OR 1=1 --" }],
        };
        await using var host = new EventHost([site]);

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<JiraConnectorOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.Contains("connectors[0].eventTasks[0].trigger.conditions[0].equals", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("OR 1=1", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddJiraConnector_FromConfigurationSection_RegistersTheTriggerWithItsInterval()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        TaskOf(site, site.CreateTask).Trigger = new EventTriggerSettings
        {
            Activity = EventTriggerActivity.UpdateIssue,
            Conditions =
            [
                new EventTriggerCondition { Attribute = "status", EqualTo = "1 - New" },
                new EventTriggerCondition { Attribute = "category", EqualTo = "Software" },
            ],
            LastModifiedAttribute = "modified",
            IntervalSeconds = 45,
        };
        var json = ConnectorConfigurationSerializer.ToJson(new ConnectorConfigurationDocument
        {
            Connectors = [site.Connector],
        });
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var configuration = new ConfigurationBuilder().AddJsonStream(stream).Build();
        var services = new ServiceCollection();
        services.AddJiraConnector(configuration).UseInMemoryState();
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<JiraConnectorOptions>>().Value;

        var poll = Assert.Single(options.TriggerPolls);
        Assert.Equal($"conn-1/{site.CreateTask}", poll.Key.ToString());
        Assert.Equal(TimeSpan.FromSeconds(45), poll.Interval);
        var registration = Assert.Single(options.EventTriggers);
        Assert.Equal(Tasks.EventActivityKind.UpdateIssue, registration.Definition.Activity);
        Assert.Equal("modified", registration.Definition.LastModifiedAttribute);
        Assert.Equal("$status$ = '1 - New' AND $category$ = 'Software'", registration.Definition.Condition?.ToEql());
    }

    private static EventTaskDefinition TaskOf(EventSite site, string taskId) =>
        site.Connector.EventTasks.Single(t => t.Id == taskId);
}
