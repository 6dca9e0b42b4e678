using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

public sealed class ConnectorSchedulerOwnLeaseTests
{
    [Fact]
    public async Task ExecutorManagingOwnLease_ScheduledRun_GetsNoLeaseAndCanTakeTheTask()
    {
        var time = new FakeTimeProvider(SchedulerHarness.Monday0930);
        var state = new InMemoryConnectorStateStore(time);
        var executor = new SelfLeasingExecutor(state);
        var key = SchedulerHarness.Key("self");
        using var scheduler = new ConnectorScheduler(
            new TaskScheduleSource([new TaskScheduleEntry(key) { Cron = "0 10 * * *" }]),
            executor,
            state,
            new InMemoryScheduleCheckpointStore(),
            Options.Create(new TaskSchedulerOptions()),
            time,
            NullLogger<ConnectorScheduler>.Instance);
        await scheduler.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(30));
        await SchedulerHarness.EventuallyAsync(
            () => scheduler.GetTaskStates().Single().LastResult is not null, "the run");
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(SchedulerRunResult.Succeeded, scheduler.GetTaskStates().Single().LastResult);
        Assert.Null(executor.Received!.Lease);
        Assert.NotNull(executor.OwnLease);
        Assert.Null(await state.GetLeaseAsync(key.TaskId));
    }

    private sealed class SelfLeasingExecutor(IConnectorStateStore state) : IScheduledRunExecutor
    {
        public SchedulerRunRequest? Received { get; private set; }

        public TaskLease? OwnLease { get; private set; }

        public bool ManagesOwnLease => true;

        public async Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default)
        {
            Received = request;
            OwnLease = await state.TryAcquireLeaseAsync(
                request.Key.TaskId, "runner", TimeSpan.FromMinutes(1), cancellationToken);
            await state.ReleaseLeaseAsync(OwnLease!, cancellationToken);
        }
    }
}
