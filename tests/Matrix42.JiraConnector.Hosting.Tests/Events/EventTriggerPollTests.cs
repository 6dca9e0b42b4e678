using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Triggers;
using Matrix42.JiraConnector.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Tests.Events;

public sealed class EventTriggerPollTests
{
    private const int PollCompleted = 6100;
    private const int PollFailed = 6014;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Scheduler_CreateTrigger_CreatesOneIssuePerMatchingCardAndSkipsUnchangedCards()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        var first = site.AddIncident("Printer down");
        var second = site.AddIncident("Screen flickers");
        var done = site.AddIncident("Old problem", status: "Completed");
        await using var host = new EventHost([site], b => b.AddEventTrigger("conn-1", new EventTriggerDefinition
        {
            TaskId = site.CreateTask, Condition = Eql.Attr("status").Eq("New"), Interval = Interval,
        }));
        var key = $"conn-1/{site.CreateTask}";

        await host.StartAsync();
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 1, "the first poll");
        var issuesAfterFirst = site.Jira.IssueCount;
        var keysAfterFirst = (site.ValueOf(first, "jira_key"), site.ValueOf(second, "jira_key"));

        host.Time.Advance(Interval);
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 2, "the second poll");
        var issuesAfterSecond = site.Jira.IssueCount;

        var third = site.AddIncident("Keyboard missing");
        host.Time.Advance(Interval);
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 3, "the third poll");

        Assert.Equal(2, issuesAfterFirst);
        Assert.NotNull(keysAfterFirst.Item1);
        Assert.NotNull(keysAfterFirst.Item2);
        Assert.NotEqual(keysAfterFirst.Item1, keysAfterFirst.Item2);
        Assert.Null(site.ValueOf(done, "jira_key"));
        Assert.Equal(2, issuesAfterSecond);
        Assert.Equal(3, site.Jira.IssueCount);
        Assert.NotNull(site.ValueOf(third, "jira_key"));
        Assert.Equal(3, site.JiraPosts("/issue"));
        var polls = host.Records(PollCompleted, key);
        Assert.Equal(["2", "0", "1"], polls.Select(r => EventHost.StateOf(r, "Triggered")));
        Assert.All(polls, r => Assert.Equal("CreateIssue", EventHost.StateOf(r, "Activity")));
        Assert.Empty(host.Records(PollFailed));
    }

    [Fact]
    public async Task Scheduler_CreateAndUpdateTriggers_ChangedCardUpdatesTheIssueWithoutCreatingAnother()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        var card = site.AddIncident("Printer down", description: "First text");
        await using var host = new EventHost([site], b => b
            .AddEventTrigger("conn-1", new EventTriggerDefinition
            {
                TaskId = site.CreateTask, Condition = Eql.Attr("status").Eq("New"), Interval = Interval,
            })
            .AddEventTrigger("conn-1", new EventTriggerDefinition
            {
                // No activity named: an update-issue task updates.
                TaskId = site.UpdateTask, Condition = Eql.Attr("jira_id").Like("%"), Interval = Interval,
            }));
        var createKey = $"conn-1/{site.CreateTask}";
        var updateKey = $"conn-1/{site.UpdateTask}";

        await host.StartAsync();
        await host.WaitForAsync(
            () => host.Records(PollCompleted, createKey).Count == 1
                  && host.Records(PollCompleted, updateKey).Count == 1,
            "the first polls");
        var issueKey = site.ValueOf(card, "jira_key");
        var putsBeforeChange = site.JiraPuts;

        var esm = host.Services.GetRequiredService<IConnectorClientRegistry>().GetEsmClient("conn-1");
        await esm.ModifyAsync("incident", card, new EsmAttributeSet().Set("description", EsmValue.Text("New text")));
        host.Time.Advance(Interval);
        await host.WaitForAsync(
            () => host.Records(PollCompleted, createKey).Count == 2
                  && host.Records(PollCompleted, updateKey).Count == 2,
            "the second polls");
        var putsAfterChange = site.JiraPuts;

        host.Time.Advance(Interval);
        await host.WaitForAsync(
            () => host.Records(PollCompleted, updateKey).Count == 3, "the third update poll");

        Assert.NotNull(issueKey);
        Assert.Equal(1, site.Jira.IssueCount);
        Assert.Equal(0, putsBeforeChange);
        Assert.Equal(1, putsAfterChange);
        Assert.Equal(1, site.JiraPuts);
        Assert.Contains("New text", site.Jira.GetIssue(issueKey)!["fields"]!["description"]!.ToJsonString(),
            StringComparison.Ordinal);
        Assert.Equal("UpdateIssue", EventHost.StateOf(host.Records(PollCompleted, updateKey)[1], "Activity"));
        Assert.Equal("1", EventHost.StateOf(host.Records(PollCompleted, updateKey)[1], "Triggered"));
        Assert.Equal("0", EventHost.StateOf(host.Records(PollCompleted, updateKey)[2], "Triggered"));
    }

    [Fact]
    public async Task Scheduler_PollFailsOnEsmFault_IsLoggedAndTheNextPollRuns()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        var card = site.AddIncident("Printer down");
        site.Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.HtmlErrorPage, HtmlStatus = 400, Method = "GET", PathPattern = "**/dc/incident/data",
            MaxCount = 1,
        });
        await using var host = new EventHost([site], b => b.AddEventTrigger("conn-1", new EventTriggerDefinition
        {
            TaskId = site.CreateTask, Interval = Interval,
        }));
        var key = $"conn-1/{site.CreateTask}";

        await host.StartAsync();
        await host.WaitForAsync(() => host.Records(PollFailed, key).Count == 1, "the failed poll");
        var issuesAfterFailure = site.Jira.IssueCount;

        host.Time.Advance(Interval);
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 1, "the next poll");

        Assert.Equal(1, site.Esm.Faults.InjectedCount);
        Assert.Equal(0, issuesAfterFailure);
        var failure = Assert.Single(host.Records(PollFailed));
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.IsType<EsmApiException>(failure.Exception, exactMatch: false);
        Assert.True(host.Scheduler.IsLooping);
        Assert.Equal(1, site.Jira.IssueCount);
        Assert.NotNull(site.ValueOf(card, "jira_key"));
    }

    [Fact]
    public async Task Scheduler_ActivityFailsOnACard_LogsTheCardAndDoesNotRetryItUntilItChanges()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        var card = site.AddIncident(string.Empty);
        await using var host = new EventHost([site], b => b.AddEventTrigger("conn-1", new EventTriggerDefinition
        {
            TaskId = site.CreateTask, Activity = EventActivityKind.CreateIssue, Interval = Interval,
        }));
        var key = $"conn-1/{site.CreateTask}";

        await host.StartAsync();
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 1, "the first poll");
        host.Time.Advance(Interval);
        await host.WaitForAsync(() => host.Records(PollCompleted, key).Count == 2, "the second poll");

        var warning = Assert.Single(host.Records(6101, key));
        Assert.Equal(card, EventHost.StateOf(warning, "DataCardId"));
        Assert.Equal("Failed", EventHost.StateOf(warning, "Status"));
        Assert.Equal("1", EventHost.StateOf(host.Records(PollCompleted, key)[0], "NotCompleted"));
        Assert.Equal("0", EventHost.StateOf(host.Records(PollCompleted, key)[1], "Triggered"));
        Assert.Contains("summary", site.ValueOf(card, "prov_exception"), StringComparison.Ordinal);
        Assert.Equal(0, site.Jira.IssueCount);
    }

    [Fact]
    public async Task Start_TriggerNamingUnknownTaskOrDeclaredTwice_FailsValidationNamingEachProblem()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await using var host = new EventHost([site], b => b
            .AddEventTrigger("conn-1", new EventTriggerDefinition { TaskId = "no-such-task" })
            .AddEventTrigger("conn-9", new EventTriggerDefinition { TaskId = site.CreateTask })
            .AddEventTrigger("conn-1", new EventTriggerDefinition { TaskId = site.CreateTask })
            .AddEventTrigger("conn-1", new EventTriggerDefinition
            {
                TaskId = site.CreateTask, Activity = EventActivityKind.PushComments,
            })
            .AddEventTrigger("conn-1", new EventTriggerDefinition
            {
                TaskId = site.UpdateTask, Activity = EventActivityKind.PushComments,
                Interval = TimeSpan.FromMilliseconds(10),
            }));

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<JiraConnectorOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("conn-1/no-such-task", StringComparison.Ordinal)
                                             && f.Contains("no event task", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("no connector has the id 'conn-9'", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("more than one trigger", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f =>
            f.Contains("PushComments needs Arguments.Comments", StringComparison.Ordinal)
            && f.Contains(site.UpdateTask, StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("at least 1 second", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddJiraConnector()
            .AddEventTrigger("conn-1", new EventTriggerDefinition { TaskId = " " }));
    }

    [Fact]
    public async Task Start_PollsWithoutAnyPoller_WarnsOnceAndLeavesTheLoopIdle()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        site.AddIncident("Printer down");
        await using var host = new EventHost(
            [site], b => b.AddTriggerPoll(new TriggerPollEntry(new TaskKey("conn-1", site.CreateTask))));

        await host.StartAsync();
        await host.SettleAsync();

        // A poll that can never run must not keep the loop awake: it turns only when something is due.
        var turns = host.Scheduler.LoopIterations;
        await Task.Delay(200);
        Assert.InRange(host.Scheduler.LoopIterations - turns, 0, 1);
        var warning = Assert.Single(host.Records(6018));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("1", EventHost.StateOf(warning, "PollCount"));
        Assert.Equal(0, site.Jira.IssueCount);
    }

    [Fact]
    public async Task UseTriggerPoller_AfterAddEventTrigger_KeepsTheHostsOwnPoller()
    {
        var site = new EventSite("conn-1", new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await using var host = new EventHost([site], b => b
            .UseTriggerPoller<Scheduling.RecordingPoller>()
            .AddEventTrigger("conn-1", new EventTriggerDefinition { TaskId = site.CreateTask }));

        var poller = Assert.IsType<Scheduling.RecordingPoller>(
            host.Services.GetRequiredService<ITriggerPollExecutor>());
        await host.StartAsync();
        await Scheduling.SchedulerHarness.EventuallyAsync(
            () => poller.CountOf(new TaskKey("conn-1", site.CreateTask)) == 1, "the host's poller");

        Assert.Empty(host.Records(PollCompleted));
        Assert.Equal(0, site.Jira.IssueCount);
    }
}
