using System.Diagnostics;
using System.Globalization;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

/// <summary>Two real OS processes compete for one task's lease in one SQLite file.</summary>
public sealed class SqliteTwoProcessLeaseTests
{
    private const string ContenderDll = "Matrix42.JiraConnector.LeaseContender.dll";
    private static readonly TimeSpan Contention = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Leases_TwoProcessesOnOneFile_HoldingsNeverOverlapBothGetTurnsAndStaleTokenRefused()
    {
        using var database = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);

        // The contenders wait for each other, then take turns for the contention time by the wall clock.
        var outputs = await Task.WhenAll(
            RunContenderAsync(database.FilePath, "proc-a", staleFirst: false),
            RunContenderAsync(database.FilePath, "proc-b", staleFirst: true));

        var lines = outputs.SelectMany(o => o).ToList();
        var holdings = lines.Where(l => l.StartsWith("HOLD ", StringComparison.Ordinal))
            .Select(Holding.Parse)
            .OrderBy(h => h.Start)
            .ToList();
        var report = string.Join('\n', lines);
        Assert.True(holdings.Any(h => h.Holder == "proc-a"), "proc-a never held the lease:\n" + report);
        Assert.True(holdings.Any(h => h.Holder == "proc-b"), "proc-b never held the lease:\n" + report);
        for (var i = 1; i < holdings.Count; i++)
        {
            var (before, after) = (holdings[i - 1], holdings[i]);
            Assert.True(
                before.End < after.Start,
                $"{before.Holder} (token {before.Token}) still held when {after.Holder} (token {after.Token}) began");
            Assert.True(before.Token < after.Token, "fencing tokens must grow with every holding:\n" + report);
        }

        var stale = Assert.Single(lines, l => l.StartsWith("STALE ", StringComparison.Ordinal)).Split(' ');
        Assert.Equal("refused", stale[1]);
        Assert.Equal("after", stale[3]);
        var staleToken = long.Parse(stale[2], CultureInfo.InvariantCulture);
        Assert.Contains(holdings, h => h.Holder == "proc-a" && h.Token > staleToken);

        // Every holding committed its entry under its token; the stale commit added none.
        var store = database.Open(time: TimeProvider.System);
        Assert.Equal(holdings.Count, (await store.GetCacheInfoAsync("contended-task")).EntryCount);
    }

    private static async Task<IReadOnlyList<string>> RunContenderAsync(
        string statePath, string holder, bool staleFirst)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, ContenderDll);
        Assert.True(File.Exists(dll), dll + " was not built beside the tests");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, statePath, holder, $"{Contention.TotalMilliseconds:0}" })
        {
            start.ArgumentList.Add(argument);
        }

        if (staleFirst)
        {
            start.ArgumentList.Add("--stale-first");
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{holder} did not exit within {ExitTimeout}");
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{holder} exited with {process.ExitCode}: {await stderr}\n{output}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("DONE " + holder, StringComparison.Ordinal));
        return lines;
    }

    // The host running the tests (dotnet test sets DOTNET_HOST_PATH); otherwise the one on the PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : "dotnet";

    private sealed record Holding(string Holder, long Token, long Start, long End)
    {
        public static Holding Parse(string line)
        {
            var parts = line.Split(' ');
            return new Holding(
                parts[1],
                long.Parse(parts[2], CultureInfo.InvariantCulture),
                long.Parse(parts[3], CultureInfo.InvariantCulture),
                long.Parse(parts[4], CultureInfo.InvariantCulture));
        }
    }
}
