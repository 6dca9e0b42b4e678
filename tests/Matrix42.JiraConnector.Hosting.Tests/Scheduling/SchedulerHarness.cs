using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

/// <summary>A scheduler on a fake clock with recording collaborators.</summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday0930 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private bool _stopped;

    public SchedulerHarness(
        IEnumerable<TaskScheduleEntry> tasks,
        IEnumerable<TriggerPollEntry>? polls = null,
        TaskSchedulerOptions? options = null,
        FakeTimeProvider? time = null,
        IConnectorStateStore? state = null,
        IScheduleCheckpointStore? checkpoints = null,
        RecordingExecutor? executor = null,
        Matrix42.JiraConnector.Hosting.Telemetry.ConnectorTelemetry? telemetry = null)
    {
        Time = time ?? new FakeTimeProvider(Monday0930);
        State = state ?? new InMemoryConnectorStateStore(Time);
        Checkpoints = checkpoints ?? new InMemoryScheduleCheckpointStore();
        Executor = executor ?? new RecordingExecutor();
        CacheCleaner.Clock = Time;
        Scheduler = new ConnectorScheduler(
            new TaskScheduleSource(tasks, polls),
            Executor,
            State,
            Checkpoints,
            Options.Create(options ?? new TaskSchedulerOptions()),
            Time,
            Logger,
            CacheCleaner,
            Poller,
            telemetry);
    }

    public FakeTimeProvider Time { get; }

    public IConnectorStateStore State { get; }

    public IScheduleCheckpointStore Checkpoints { get; }

    public RecordingExecutor Executor { get; }

    public RecordingCacheCleaner CacheCleaner { get; } = new();

    public RecordingPoller Poller { get; } = new();

    public FakeLogger<ConnectorScheduler> Logger { get; } = new();

    public ConnectorScheduler Scheduler { get; }

    public static TaskKey Key(string taskId) => new("conn-1", taskId);

    public Task StartAsync() => Scheduler.StartAsync(CancellationToken.None);

    public async Task StopAsync()
    {
        _stopped = true;
        await Scheduler.StopAsync(CancellationToken.None);
    }

    /// <summary>Moves the fake clock and waits until the scheduler has reacted and gone quiet.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await SettleAsync();
    }

    /// <summary>Waits until the loop stops turning and no run is in its start-up phase.</summary>
    public async Task SettleAsync()
    {
        var last = -1L;
        for (var quiet = 0; quiet < 3;)
        {
            await Task.Delay(20);
            var now = Scheduler.LoopIterations;
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    }

    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Timed out waiting for: " + what);
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Executor.ReleaseAll();
        if (!_stopped)
        {
            await Scheduler.StopAsync(CancellationToken.None);
        }

        Scheduler.Dispose();
    }
}
