using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// The hosted service that starts scheduled task runs on their cron schedules, clears task caches at
/// the configured UTC hours and polls event-task triggers on their interval.
/// </summary>
/// <remarks>
/// At most <see cref="TaskSchedulerOptions.MaxConcurrentRuns"/> runs execute at once; a task never
/// overlaps itself, within this process by bookkeeping and across processes through the task leases of
/// <see cref="IConnectorStateStore"/> and the occurrence checkpoints of <see cref="IScheduleCheckpointStore"/>.
/// Occurrences that pass while a task is busy or waiting for a worker fold into one run, and occurrences
/// missed while no host ran fold into one catch-up run.
/// Every clock read and wait goes through <see cref="TimeProvider"/>.
/// </remarks>
public sealed partial class ConnectorScheduler : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly ITaskScheduleSource _source;
    private readonly IScheduledRunExecutor _executor;
    private readonly IConnectorStateStore _state;
    private readonly IScheduleCheckpointStore _checkpoints;
    private readonly ITaskCacheCleaner? _cacheCleaner;
    private readonly ITriggerPollExecutor? _pollExecutor;
    private readonly TaskSchedulerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _instanceId;
    private readonly Telemetry.ConnectorTelemetry? _telemetry;
    private readonly Dictionary<TaskKey, ScheduledTaskSlot> _tasks = [];
    private readonly Dictionary<TaskKey, TriggerPollSlot> _polls = [];
    private readonly HashSet<Task> _inFlight = [];
    private TaskCompletionSource _wake = NewSignal();
    private CancellationToken _stopping;
    private int _runningCount;
    private long _loopIterations;
    private volatile bool _isLooping;

    /// <summary>Creates the scheduler.</summary>
    /// <param name="source">The tasks and polls to schedule.</param>
    /// <param name="executor">Runs a task when it is due.</param>
    /// <param name="state">The state store whose task leases keep runs of one task apart.</param>
    /// <param name="checkpoints">The occurrences already served, shared with other schedulers.</param>
    /// <param name="options">The scheduler settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="cacheCleaner">Clears task caches at the cache-clear hours; none when null.</param>
    /// <param name="pollExecutor">Polls event-task triggers; none when <see langword="null"/>.</param>
    /// <param name="telemetry">Records run metrics; none when <see langword="null"/>.</param>
    public ConnectorScheduler(
        ITaskScheduleSource source,
        IScheduledRunExecutor executor,
        IConnectorStateStore state,
        IScheduleCheckpointStore checkpoints,
        IOptions<TaskSchedulerOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorScheduler> logger,
        ITaskCacheCleaner? cacheCleaner = null,
        ITriggerPollExecutor? pollExecutor = null,
        Telemetry.ConnectorTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _source = source;
        _executor = executor;
        _state = state;
        _checkpoints = checkpoints;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
        _cacheCleaner = cacheCleaner;
        _pollExecutor = pollExecutor;
        _telemetry = telemetry;
        _instanceId = _options.InstanceId
            ?? $"{System.Environment.MachineName}:{System.Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>Whether the scheduling loop is alive.</summary>
    /// <value><see langword="true"/> between start and shutdown, unless the loop died.</value>
    public bool IsLooping => _isLooping;

    /// <summary>How many task runs execute now.</summary>
    /// <value>Between 0 and <see cref="TaskSchedulerOptions.MaxConcurrentRuns"/>.</value>
    public int RunningCount => Volatile.Read(ref _runningCount);

    /// <summary>The id this scheduler holds leases under.</summary>
    /// <value>From <see cref="TaskSchedulerOptions.InstanceId"/>, or generated.</value>
    public string InstanceId => _instanceId;

    /// <summary>How many times the loop has looked at the clock; lets tests wait for it to settle.</summary>
    internal long LoopIterations => Interlocked.Read(ref _loopIterations);

    /// <summary>Queues a run of a scheduled task to start as soon as a worker is free.</summary>
    /// <param name="key">The task.</param>
    /// <returns>Whether the run was queued, or why not.</returns>
    public RunRequestResult RequestRun(TaskKey key)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(key, out var slot))
            {
                return RunRequestResult.UnknownTask;
            }

            if (slot.IsRunning)
            {
                return RunRequestResult.AlreadyRunning;
            }

            if (slot.Pending is not null)
            {
                return RunRequestResult.AlreadyQueued;
            }

            slot.Pending = new PendingRun(RunReason.Manual, _time.GetUtcNow());
        }

        Log.ManualRunRequested(_logger, key);
        Wake();
        return RunRequestResult.Queued;
    }

    /// <summary>Stops the running run of a task, or drops its queued run.</summary>
    /// <param name="key">The task.</param>
    /// <returns><see langword="true"/> when a run was stopped or dropped.</returns>
    public bool StopRun(TaskKey key)
    {
        CancellationTokenSource? running;
        bool dropped;
        lock (_gate)
        {
            if (!_tasks.TryGetValue(key, out var slot))
            {
                return false;
            }

            dropped = slot.Pending is not null;
            slot.Pending = null;
            running = slot.RunCancellation;
        }

        if (running is null)
        {
            return dropped;
        }

        Log.RunStopRequested(_logger, key);
        try
        {
            running.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended between the lookup and the cancel; there is nothing left to stop.
            return dropped;
        }

        return true;
    }

    /// <summary>A snapshot of every scheduled task's state.</summary>
    /// <returns>One state per task, ordered by key.</returns>
    public IReadOnlyList<TaskScheduleState> GetTaskStates()
    {
        lock (_gate)
        {
            return [.. _tasks.Values.Select(s => s.ToState()).OrderBy(s => s.Key.ToString(), StringComparer.Ordinal)];
        }
    }

    /// <summary>Reads the schedules and plans catch-up runs, then starts the scheduling loop.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task completing when the loop has been started.</returns>
    /// <remarks>
    /// The schedules are read here rather than in the loop, so the first occurrences are fixed against the
    /// clock at start even though the loop itself starts on a background thread.
    /// </remarks>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Initialize(_time.GetUtcNow());
        await PlanCatchUpsAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        _isLooping = true;
        try
        {
            await LoopAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: fall through to drain the runs.
        }
        finally
        {
            _isLooping = false;
            await DrainAsync().ConfigureAwait(false);
        }
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Swap the signal before looking at the state, so a wake-up that happens meanwhile is not lost.
            _ = Interlocked.Exchange(ref _wake, NewSignal());
            var now = _time.GetUtcNow();

            DateTimeOffset wakeAt;
            lock (_gate)
            {
                MarkDueRuns(now);
                StartCacheClears(now);
                StartDuePolls(now);
                StartPendingRuns();
                wakeAt = NextWakeUp(now);
            }

            Interlocked.Increment(ref _loopIterations);
            await WaitAsync(wakeAt - now, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delayTask = Task.Delay(delay < LongestWait ? delay : LongestWait, _time, delayCancellation.Token);
        await Task.WhenAny(delayTask, Volatile.Read(ref _wake).Task).ConfigureAwait(false);
        await delayCancellation.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
