using System.Collections.Concurrent;
using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

internal sealed class RecordingPoller : ITriggerPollExecutor
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _active;
    private int _maxActive;

    public ConcurrentQueue<TaskKey> Polls { get; } = new();

    public bool HoldPolls { get; set; }

    public int MaxActive => Volatile.Read(ref _maxActive);

    public int CountOf(TaskKey key) => Polls.Count(k => k == key);

    public void ReleaseAll()
    {
        HoldPolls = false;
        _release.TrySetResult();
    }

    public async Task PollAsync(TaskKey key, CancellationToken cancellationToken = default)
    {
        Polls.Enqueue(key);
        var active = Interlocked.Increment(ref _active);
        if (active > _maxActive)
        {
            _maxActive = active;
        }

        try
        {
            if (HoldPolls)
            {
                await _release.Task.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }
}
