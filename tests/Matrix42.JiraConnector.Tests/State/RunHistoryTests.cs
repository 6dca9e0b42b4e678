using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class RunHistoryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SaveRunAsync_MoreThan500Runs_KeepsNewest500()
    {
        var store = new InMemoryConnectorStateStore(_time);

        for (var i = 1; i <= 505; i++)
        {
            await store.SaveRunAsync(Run($"r{i}"));
        }

        var all = await store.GetRunsAsync("t1", 0, 1000);
        Assert.Equal(500, all.Count);
        Assert.Equal("r505", all[0].ExecutionId);
        Assert.Equal("r6", all[^1].ExecutionId);
        Assert.Null(await store.GetRunAsync("t1", "r5"));
        Assert.NotNull(await store.GetRunAsync("t1", "r6"));
    }

    [Fact]
    public async Task SaveRunAsync_RetentionIsPerTask()
    {
        var store = new InMemoryConnectorStateStore(_time, runHistoryLimit: 3);
        await store.SaveRunAsync(Run("other", "t2"));

        for (var i = 1; i <= 4; i++)
        {
            await store.SaveRunAsync(Run($"r{i}"));
        }

        Assert.Equal(3, (await store.GetRunsAsync("t1", 0, 10)).Count);
        Assert.NotNull(await store.GetRunAsync("t2", "other"));
    }

    [Fact]
    public async Task SaveRunAsync_SameExecutionId_UpdatesInPlace()
    {
        var store = new InMemoryConnectorStateStore(_time);
        await store.SaveRunAsync(Run("r1"));
        await store.SaveRunAsync(Run("r2"));

        await store.SaveRunAsync(Run("r1") with
        {
            Extract = new RunPhase { Status = RunPhaseStatus.Succeeded, CompletedAt = _time.GetUtcNow() },
            Counts = new RunCounts { Read = 7, Created = 2 },
        });

        var runs = await store.GetRunsAsync("t1", 0, 10);
        Assert.Equal(["r2", "r1"], runs.Select(r => r.ExecutionId));
        Assert.Equal(RunPhaseStatus.Succeeded, runs[1].Extract.Status);
        Assert.Equal(7, runs[1].Counts.Read);
    }

    [Fact]
    public async Task GetRunsAsync_SkipAndTake_PagesNewestFirst()
    {
        var store = new InMemoryConnectorStateStore(_time);
        for (var i = 1; i <= 10; i++)
        {
            await store.SaveRunAsync(Run($"r{i}"));
        }

        var page = await store.GetRunsAsync("t1", 3, 2);

        Assert.Equal(["r7", "r6"], page.Select(r => r.ExecutionId));
    }

    [Fact]
    public async Task SnapshotIndex_AddListRemove_KeepsOrder()
    {
        var store = new InMemoryConnectorStateStore(_time);
        var first = new SnapshotReference("r1", SnapshotKind.Users, "/snap/a.jsonl", 10, _time.GetUtcNow());
        var second = new SnapshotReference("r2", SnapshotKind.Groups, "/snap/b.jsonl", 3, _time.GetUtcNow());
        await store.AddSnapshotAsync("t1", first);
        await store.AddSnapshotAsync("t1", second);

        var removed = await store.RemoveSnapshotAsync("t1", "/snap/a.jsonl");
        var removedAgain = await store.RemoveSnapshotAsync("t1", "/snap/a.jsonl");

        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Equal([second], await store.GetSnapshotsAsync("t1"));
    }

    [Fact]
    public void Constructor_LimitBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryConnectorStateStore(_time, 0));
    }

    [Fact]
    public async Task SaveRunAsync_ConcurrentRuns_AllKeptUpToLimit()
    {
        var store = new InMemoryConnectorStateStore(_time, runHistoryLimit: 100);

        await Task.WhenAll(Enumerable.Range(0, 150).Select(i => Task.Run(() => store.SaveRunAsync(Run($"r{i}")))));

        var runs = await store.GetRunsAsync("t1", 0, 1000);
        Assert.Equal(100, runs.Count);
        Assert.Equal(100, runs.Select(r => r.ExecutionId).Distinct().Count());
    }

    private static RunRecord Run(string executionId, string taskId = "t1") =>
        new() { ExecutionId = executionId, TaskId = taskId };
}
