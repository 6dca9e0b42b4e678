using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tests.Sqlite;
using Matrix42.JiraConnector.Hosting.Triggers;
using Matrix42.JiraConnector.Sqlite;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static Matrix42.JiraConnector.Hosting.Tests.Scheduling.SchedulerHarness;

namespace Matrix42.JiraConnector.Hosting.Tests.Events;

/// <summary>Hosts sharing one state store take turns on a trigger through its lease.</summary>
public sealed class EventTriggerLeaseTests
{
    private const int PollCompleted = 6100;
    private const int PollSkipped = 6102;
    private const int LeaseLost = 6103;
    private const int RenewalFailed = 6105;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TwoSchedulersSharingInMemoryState_PollOneTriggerAtOnce_CreateOneIssuePerCard()
    {
        var time = NewTime();
        var site = new EventSite("conn-1", time);
        string[] cards = [site.AddIncident("Printer down"), site.AddIncident("Screen flickers")];
        var shared = new InMemoryConnectorStateStore(time);
        var gate = new IssueCreateGate();
        await using var hostA = Host(site, time, "host-a", gate, b => Share(b, shared));
        await using var hostB = Host(site, time, "host-b", gate, b => Share(b, shared));
        var key = new TaskKey("conn-1", site.CreateTask);

        await hostA.StartAsync();
        await hostB.StartAsync();
        await EventuallyAsync(
            () => Count(PollSkipped, key, hostA, hostB) == 1 || gate.Waiting == 2,
            "one pass holding its creates while the other host polls");
        gate.Open();
        await EventuallyAsync(() => Count(PollCompleted, key, hostA, hostB) >= 1, "the pass to end");
        await hostA.SettleAsync();
        await hostB.SettleAsync();

        Assert.Equal(2, site.Jira.IssueCount);
        Assert.Equal(2, site.JiraPosts("/issue"));
        Assert.All(cards, card => Assert.NotNull(site.ValueOf(card, "jira_key")));
        var (ran, skipped) = hostA.Records(PollCompleted, key.ToString()).Count == 1 ? (hostA, hostB) : (hostB, hostA);
        Assert.Equal("2", EventHost.StateOf(Assert.Single(ran.Records(PollCompleted, key.ToString())), "Triggered"));
        Assert.Empty(ran.Records(PollSkipped));
        Assert.Empty(skipped.Records(PollCompleted));
        Assert.Equal(LogLevel.Debug, Assert.Single(skipped.Records(PollSkipped, key.ToString())).Level);
        Assert.Null(await shared.GetLeaseAsync(EventTriggerPollExecutor.LeaseIdOf(key)));

        // The lease went back at the end of the pass: the host that was turned away polls on its own now.
        var third = site.AddIncident("Keyboard missing");
        await Poller(skipped).PollAsync(key);

        var own = Assert.Single(skipped.Records(PollCompleted, key.ToString()));
        Assert.Equal("1", EventHost.StateOf(own, "Triggered"));
        Assert.Equal(3, site.Jira.IssueCount);
        Assert.NotNull(site.ValueOf(third, "jira_key"));
        Assert.Null(await shared.GetLeaseAsync(EventTriggerPollExecutor.LeaseIdOf(key)));
    }

    [Fact]
    public async Task TwoHostsSharingOneSqliteFile_PollOneTriggerAtOnce_CreateOneIssuePerCard()
    {
        using var database = new TempDatabase();
        var time = database.Time;
        var site = new EventSite("conn-1", time);
        string[] cards = [site.AddIncident("Printer down"), site.AddIncident("Screen flickers")];
        var gate = new IssueCreateGate();
        await using var hostA = Host(site, time, "host-a", gate, b => b.UseSqliteState(database.FilePath));
        await using var hostB = Host(site, time, "host-b", gate, b => b.UseSqliteState(database.FilePath));
        var key = new TaskKey("conn-1", site.CreateTask);

        var passA = Poller(hostA).PollAsync(key);
        var passB = Poller(hostB).PollAsync(key);
        await EventuallyAsync(
            () => Count(PollSkipped, key, hostA, hostB) == 1 || gate.Waiting == 2,
            "one pass holding its creates while the other host polls");
        gate.Open();
        await Task.WhenAll(passA, passB);

        Assert.Equal(2, site.Jira.IssueCount);
        Assert.Equal(2, site.JiraPosts("/issue"));
        Assert.All(cards, card => Assert.NotNull(site.ValueOf(card, "jira_key")));
        Assert.Equal(1, Count(PollCompleted, key, hostA, hostB));
        Assert.Equal(1, Count(PollSkipped, key, hostA, hostB));
        Assert.Null(await database.Open().GetLeaseAsync(EventTriggerPollExecutor.LeaseIdOf(key)));

        // Released: a second pass, from whichever host, proceeds and finds nothing new to run.
        await Poller(hostB).PollAsync(key);
        await Poller(hostA).PollAsync(key);
        Assert.Equal(3, Count(PollCompleted, key, hostA, hostB));
        Assert.Equal(2, site.Jira.IssueCount);
    }

    [Fact]
    public async Task Poll_LeaseHeldByAnotherHost_RunsNothingAndSaysSo_ThenRunsOnceReleased()
    {
        var time = NewTime();
        var site = new EventSite("conn-1", time);
        site.AddIncident("Printer down");
        await using var host = Host(site, time, "host-a", null, _ => { });
        var key = new TaskKey("conn-1", site.CreateTask);
        var store = host.Services.GetRequiredService<IConnectorStateStore>();
        var other = await store.TryAcquireLeaseAsync(
            EventTriggerPollExecutor.LeaseIdOf(key), "other-host", TimeSpan.FromMinutes(2));
        var esmCallsBefore = site.Esm.Log.TotalCount;

        await Poller(host).PollAsync(key);

        var skip = Assert.Single(host.Records(PollSkipped, key.ToString()));
        Assert.Contains("another host holds", skip.Message, StringComparison.Ordinal);
        Assert.Empty(host.Records(PollCompleted));
        Assert.Equal(esmCallsBefore, site.Esm.Log.TotalCount);
        Assert.Equal(0, site.Jira.IssueCount);
        Assert.Equal("other-host", (await store.GetLeaseAsync(EventTriggerPollExecutor.LeaseIdOf(key)))?.Holder);

        // The trigger's lease is its own: the event task id's lease stays free for anything keyed by it.
        var taskLease = await store.TryAcquireLeaseAsync(key.TaskId, "other-host", TimeSpan.FromMinutes(2));
        Assert.NotNull(taskLease);
        await store.ReleaseLeaseAsync(taskLease);

        Assert.True(await store.ReleaseLeaseAsync(other!));
        await Poller(host).PollAsync(key);

        Assert.Equal("1", EventHost.StateOf(Assert.Single(host.Records(PollCompleted, key.ToString())), "Triggered"));
        Assert.Equal(1, site.Jira.IssueCount);
    }

    [Fact]
    public async Task Poll_PassLongerThanTheLease_RenewsItSoAnotherHostStaysOut()
    {
        var time = NewTime();
        var site = new EventSite("conn-1", time);
        site.AddIncident("Printer down");
        var shared = new InMemoryConnectorStateStore(time);
        var gate = new IssueCreateGate();
        var leaseDuration = TimeSpan.FromSeconds(3);
        await using var hostA = Host(site, time, "host-a", gate, b => Share(b, shared), leaseDuration);
        await using var hostB = Host(site, time, "host-b", gate, b => Share(b, shared), leaseDuration);
        var key = new TaskKey("conn-1", site.CreateTask);
        var leaseId = EventTriggerPollExecutor.LeaseIdOf(key);

        var passA = Poller(hostA).PollAsync(key);
        await EventuallyAsync(() => gate.Waiting == 1, "host A's pass to hold its create");
        for (var step = 0; step < 6; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await EventuallyAsync(
                () => shared.GetLeaseAsync(leaseId).GetAwaiter().GetResult()?.ExpiresAt
                      == time.GetUtcNow() + leaseDuration,
                "the lease to be renewed");
        }

        // Twice the lease's lifetime has passed since host A took it.
        var passB = Poller(hostB).PollAsync(key);
        await EventuallyAsync(() => passB.IsCompleted, "host B's pass to end");
        var holderWhileRunning = (await shared.GetLeaseAsync(leaseId))?.Holder;
        gate.Open();
        await passA;

        Assert.Equal("host-a", holderWhileRunning);
        Assert.Single(hostB.Records(PollSkipped, key.ToString()));
        Assert.Empty(hostB.Records(PollCompleted));
        Assert.Single(hostA.Records(PollCompleted, key.ToString()));
        Assert.Equal(1, site.Jira.IssueCount);
        Assert.Null(await shared.GetLeaseAsync(leaseId));
    }

    [Fact]
    public async Task Poll_OneRenewalFails_PassGoesOnWithItsLease()
    {
        var time = NewTime();
        var site = new EventSite("conn-1", time);
        site.AddIncident("Printer down");
        var shared = new InMemoryConnectorStateStore(time);
        var store = Scheduling.FlakyRenewalStore.Wrap(shared, failures: 1, out var flaky);
        var gate = new IssueCreateGate();
        var leaseDuration = TimeSpan.FromSeconds(30);
        var period = leaseDuration / 3;
        await using var host = Host(site, time, "host-a", gate, b => Share(b, store), leaseDuration);
        var key = new TaskKey("conn-1", site.CreateTask);
        var leaseId = EventTriggerPollExecutor.LeaseIdOf(key);

        var pass = Poller(host).PollAsync(key);
        await EventuallyAsync(() => gate.Waiting == 1, "the pass to hold its create");
        time.Advance(period);
        await EventuallyAsync(() => host.Records(RenewalFailed, key.ToString()).Count == 1, "a renewal to fail");
        await EventuallyAsync(
            () =>
            {
                if (shared.GetLeaseAsync(leaseId).GetAwaiter().GetResult()?.ExpiresAt
                    == time.GetUtcNow() + leaseDuration)
                {
                    return true;
                }

                time.Advance(period / 10);
                return false;
            },
            "the next renewal to succeed");
        gate.Open();
        await pass;

        Assert.Equal(1, flaky.FailedRenewals);
        Assert.Empty(host.Records(LeaseLost));
        Assert.Single(host.Records(PollCompleted, key.ToString()));
        Assert.Equal(1, site.Jira.IssueCount);
        Assert.Null(await shared.GetLeaseAsync(leaseId));
    }

    [Fact]
    public async Task Poll_PassFails_ReleasesTheLease()
    {
        var time = NewTime();
        var site = new EventSite("conn-1", time);
        site.AddIncident("Printer down");
        site.Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.HtmlErrorPage, HtmlStatus = 400, Method = "GET", PathPattern = "**/dc/incident/data",
            MaxCount = 1,
        });
        await using var host = Host(site, time, "host-a", null, _ => { });
        var key = new TaskKey("conn-1", site.CreateTask);
        var store = host.Services.GetRequiredService<IConnectorStateStore>();

        await Assert.ThrowsAsync<EsmApiException>(() => Poller(host).PollAsync(key));

        Assert.Null(await store.GetLeaseAsync(EventTriggerPollExecutor.LeaseIdOf(key)));
        await Poller(host).PollAsync(key);
        Assert.Equal(1, site.Jira.IssueCount);
    }

    private static FakeTimeProvider NewTime() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static EventHost Host(
        EventSite site, FakeTimeProvider time, string instanceId, IssueCreateGate? gate,
        Action<JiraConnectorBuilder> state, TimeSpan? leaseDuration = null) =>
        new([site], b =>
        {
            state(b);
            b.ConfigureScheduler(s =>
                {
                    s.InstanceId = instanceId;
                    s.LeaseDuration = leaseDuration ?? TimeSpan.FromMinutes(2);
                })
                .AddEventTrigger(site.ConnectorId, new EventTriggerDefinition
                {
                    TaskId = site.CreateTask, Condition = Eql.Attr("status").Eq("New"), Interval = Interval,
                });
            if (gate is not null)
            {
                b.Services.AddHttpClient(
                        Matrix42.JiraConnector.Jira.JiraServiceCollectionExtensions.HttpClientNamePrefix
                        + site.ConnectorId)
                    .AddHttpMessageHandler(gate.CreateHandler);
            }
        }, time);

    private static void Share(JiraConnectorBuilder builder, IConnectorStateStore store)
    {
        builder.Services.RemoveAll<IConnectorStateStore>();
        builder.Services.AddSingleton(store);
    }

    private static ITriggerPollExecutor Poller(EventHost host) =>
        host.Services.GetRequiredService<ITriggerPollExecutor>();

    private static int Count(int eventId, TaskKey key, params EventHost[] hosts) =>
        hosts.Sum(h => h.Records(eventId, key.ToString()).Count);
}
