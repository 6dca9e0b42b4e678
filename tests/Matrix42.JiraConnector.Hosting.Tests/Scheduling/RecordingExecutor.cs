using System.Collections.Concurrent;
using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

/// <summary>Records every run request; can hold runs open until released, to observe overlap and caps.</summary>
internal sealed class RecordingExecutor : IScheduledRunExecutor
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _active;
    private int _maxActive;

    public ConcurrentQueue<SchedulerRunRequest> Requests { get; } = new();

    public ConcurrentQueue<SchedulerRunRequest> Cancelled { get; } = new();

    public bool HoldRuns { get; set; }

    public Exception? FailWith { get; set; }

    public int Active => Volatile.Read(ref _active);

    public int MaxActive => Volatile.Read(ref _maxActive);

    public int Count => Requests.Count;

    public void ReleaseAll()
    {
        HoldRuns = false;
        _release.TrySetResult();
    }

    public async Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        var active = Interlocked.Increment(ref _active);
        int seen;
        while (active > (seen = Volatile.Read(ref _maxActive)) &&
               Interlocked.CompareExchange(ref _maxActive, active, seen) != seen)
        {
        }

        try
        {
            if (HoldRuns)
            {
                await _release.Task.WaitAsync(cancellationToken);
            }

            if (FailWith is not null)
            {
                throw FailWith;
            }
        }
        catch (OperationCanceledException)
        {
            Cancelled.Enqueue(request);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }
}
