using System.Globalization;
using Matrix42.JiraConnector.Sqlite;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.LeaseContender;

/// <summary>
/// Once every contender is ready, takes the task's lease again and again for the contention time, commits one
/// cache entry under each holding's fencing token and reports the holding, timed on the machine's monotonic clock,
/// which all processes share: <c>HOLD holder token start end</c>. With <c>StaleFirst</c>, it first holds a short
/// lease until another process has taken the task over, then commits under the old token and reports
/// <c>STALE refused|accepted token after|without</c> (whether another holder had committed by then).
/// Ends with <c>DONE holder holdings</c>.
/// </summary>
internal static class Contender
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    public static async Task<int> RunAsync(ContenderSettings settings, TextWriter output)
    {
        var time = TimeProvider.System;
        using var store = new SqliteConnectorStateStore(
            new SqliteStateStoreOptions { Path = settings.StatePath }, time);
        if (!await WaitForOthersAsync(settings, time))
        {
            await Console.Error.WriteLineAsync("the other contender did not start");
            return 3;
        }

        var deadline = time.GetUtcNow() + settings.Contention;
        if (settings.StaleFirst)
        {
            await ReportStaleCommitAsync(store, settings.Holder, deadline, time, output);
        }

        var holdings = 0;
        while (time.GetUtcNow() < deadline)
        {
            var lease = await store.TryAcquireLeaseAsync(
                ContenderSettings.TaskId, settings.Holder, ContenderSettings.LeaseDuration);
            if (lease is null)
            {
                await Task.Delay(Pause, time);
                continue;
            }

            var start = time.GetTimestamp();
            await Task.Delay(ContenderSettings.HoldFor, time);
            await store.CommitCacheAsync(lease, Entry($"{settings.Holder}-{holdings}"));
            var end = time.GetTimestamp();
            await store.ReleaseLeaseAsync(lease);
            holdings++;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"HOLD {settings.Holder} {lease.FencingToken} {start} {end}"));

            // Leave the other process a moment to take its turn.
            await Task.Delay(Pause * 3, time);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"DONE {settings.Holder} {holdings}"));
        return 0;
    }

    // Process start-up takes seconds on a busy machine: contention starts when every contender is ready.
    private static async Task<bool> WaitForOthersAsync(ContenderSettings settings, TimeProvider time)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(settings.StatePath))!;
        var marker = Path.GetFileName(settings.StatePath) + ".ready-";
        await File.WriteAllTextAsync(Path.Combine(folder, marker + settings.Holder), settings.Holder);
        var giveUp = time.GetUtcNow() + ContenderSettings.StartTimeout;
        while (Directory.GetFiles(folder, marker + "*").Length < ContenderSettings.Contenders)
        {
            if (time.GetUtcNow() > giveUp)
            {
                return false;
            }

            await Task.Delay(Pause, time);
        }

        return true;
    }

    private static async Task ReportStaleCommitAsync(
        SqliteConnectorStateStore store, string holder, DateTimeOffset deadline, TimeProvider time,
        TextWriter output)
    {
        TaskLease? stale = null;
        while (stale is null && time.GetUtcNow() < deadline)
        {
            stale = await store.TryAcquireLeaseAsync(
                ContenderSettings.TaskId, holder + "-stale", ContenderSettings.StaleLeaseDuration);
            if (stale is null)
            {
                await Task.Delay(Pause, time);
            }
        }

        if (stale is null)
        {
            await output.WriteLineAsync("STALE never-held 0 0");
            return;
        }

        // Wait, holding nothing in truth, until the lease ran out and another process took the task and
        // committed under its own, newer token.
        var before = (await store.GetCacheInfoAsync(ContenderSettings.TaskId)).EntryCount;
        while ((await store.GetCacheInfoAsync(ContenderSettings.TaskId)).EntryCount == before
               && time.GetUtcNow() < deadline)
        {
            await Task.Delay(Pause, time);
        }

        var takenOver = (await store.GetCacheInfoAsync(ContenderSettings.TaskId)).EntryCount > before;
        string verdict;
        try
        {
            await store.CommitCacheAsync(stale, Entry(holder + "-stale"));
            verdict = "accepted";
        }
        catch (StaleLeaseException)
        {
            verdict = "refused";
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"STALE {verdict} {stale.FencingToken} {(takenOver ? "after" : "without")}"));
    }

    private static TaskCacheBatch Entry(string id) => new()
    {
        Upserts = [new TaskCacheEntry(EntityKey.ForIssue(id), "hash", "card-" + id, null)],
    };
}
