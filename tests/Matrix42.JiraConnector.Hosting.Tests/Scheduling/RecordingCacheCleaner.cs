using System.Collections.Concurrent;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

internal sealed class RecordingCacheCleaner : ITaskCacheCleaner
{
    public ConcurrentQueue<(TaskKey Key, DateTimeOffset At)> Clears { get; } = new();

    public FakeTimeProvider? Clock { get; set; }

    public Task ClearCacheAsync(TaskKey key, CancellationToken cancellationToken = default)
    {
        Clears.Enqueue((key, Clock?.GetUtcNow() ?? default));
        return Task.CompletedTask;
    }
}
