using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Events;

/// <summary>A connector host on a fake clock whose connectors talk to in-process fakes, with captured logs.</summary>
internal sealed class EventHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private bool _started;

    public EventHost(
        IEnumerable<EventSite> sites, Action<JiraConnectorBuilder>? configure = null, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        var builder = services.AddJiraConnector().UseInMemoryState();
        var list = sites.ToList();
        foreach (var site in list)
        {
            builder.AddConnector(site.Connector);
            site.Serve(services);
        }

        configure?.Invoke(builder);
        _provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public IConnectorTaskController Controller => _provider.GetRequiredService<IConnectorTaskController>();

    public ConnectorScheduler Scheduler => _provider.GetRequiredService<ConnectorScheduler>();

    public async Task StartAsync()
    {
        _started = true;
        await Scheduler.StartAsync(CancellationToken.None);
    }

    /// <summary>The log records with an event id, optionally only those naming a task key.</summary>
    public IReadOnlyList<FakeLogRecord> Records(int eventId, string? taskKey = null) =>
    [
        .. Logs.GetSnapshot().Where(r => r.Id.Id == eventId
                                         && (taskKey is null || StateOf(r, "TaskKey") == taskKey)),
    ];

    public static string? StateOf(FakeLogRecord record, string name) =>
        record.StructuredState?.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>Waits (in real time) until a condition holds, then until the scheduler loop is quiet.</summary>
    public async Task WaitForAsync(Func<bool> condition, string what)
    {
        await Scheduling.SchedulerHarness.EventuallyAsync(condition, what);
        await SettleAsync();
    }

    /// <summary>Waits until the scheduler loop stops turning, so a clock move is seen after its bookkeeping.</summary>
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

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Scheduler.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
    }
}
