using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>
/// The <c>scale</c> verb: starts the fakes in a child process, runs the directory task and the issue task
/// through the real runner over loopback HTTP, twice (full, then unchanged), and reports what it cost.
/// </summary>
public static class ScaleCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var size = ScaleSize.Parse(args);
        var generation = Stopwatch.StartNew();
        using var fakes = await FakeServerProcess.StartAsync(size).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fakes seeded and serving in {generation.Elapsed.TotalSeconds:F1} s (separate process)."));

        var ready = fakes.Ready;
        using var jira = JiraClientFactory.Create(new JiraClientOptions
        {
            SiteUrl = new Uri((string)ready["jira"]!),
            Email = (string)ready["email"]!,
            ApiToken = (string)ready["token"]!,
            AllowInsecureLoopback = true,
        });
        using var esm = EsmClientFactory.Create(new EsmClientOptions
        {
            BaseAddress = new Uri((string)ready["esm"]!),
            Login = "webapi",
            Password = "webapi-password",
            AllowInsecureLoopback = true,
        });
        var snapshots = Path.Combine(Path.GetTempPath(), "m42-scale-" + Guid.NewGuid().ToString("N"));
        var runner = new ScheduledTaskRunner(jira, esm, new InMemoryConnectorStateStore(), new ScheduledTaskRunnerOptions
        {
            Snapshots = new ExtractSnapshotOptions { Folder = snapshots, RetainedRunsPerTask = 2 },
        });
        var projects = ready["projects"]!.AsArray().Select(p => (string)p!);
        ScheduledTaskDefinition[] tasks = [ScaleTasks.Directory(), ScaleTasks.Issues(projects)];

        try
        {
            var full = await PassAsync("full", runner, tasks, fakes).ConfigureAwait(false);
            var rerun = await PassAsync("unchanged re-run", runner, tasks, fakes).ConfigureAwait(false);
            var report = ScaleReport.Build(size, ready["minimum"]!.AsObject(), full, rerun);
            ScaleReport.Print(report);
            var output = size.Output ?? "scale-report.json";
            await File.WriteAllTextAsync(output, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))
                .ConfigureAwait(false);
            Console.WriteLine("Report written to " + Path.GetFullPath(output));
            return 0;
        }
        finally
        {
            if (Directory.Exists(snapshots))
            {
                Directory.Delete(snapshots, recursive: true);
            }
        }
    }

    private static async Task<JsonObject> PassAsync(
        string name, ScheduledTaskRunner runner, IEnumerable<ScheduledTaskDefinition> tasks, FakeServerProcess fakes)
    {
        await fakes.ClearAsync().ConfigureAwait(false);
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var wall = Stopwatch.StartNew();
        var perTask = new JsonObject();
        foreach (var task in tasks)
        {
            var clock = new PhaseClock();
            var result = await runner.RunAsync(task, progress: clock).ConfigureAwait(false);
            perTask[task.Id ?? "task"] = TaskJson(result.Record, clock);
        }

        wall.Stop();
        self.Refresh();
        var counts = await fakes.CountsAsync().ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {wall.Elapsed.TotalSeconds:F1} s"));
        return new JsonObject
        {
            ["wallSeconds"] = Math.Round(wall.Elapsed.TotalSeconds, 3),
            ["cpuSeconds"] = Math.Round((self.TotalProcessorTime - cpu).TotalSeconds, 3),
            ["allocatedBytes"] = GC.GetTotalAllocatedBytes(precise: true) - allocated,
            ["peakWorkingSetBytes"] = self.PeakWorkingSet64,
            ["workingSetBytes"] = self.WorkingSet64,
            ["managedHeapBytes"] = GC.GetTotalMemory(forceFullCollection: false),
            ["gcCollections"] = new JsonObject
            {
                ["gen0"] = GC.CollectionCount(0) - collections[0],
                ["gen1"] = GC.CollectionCount(1) - collections[1],
                ["gen2"] = GC.CollectionCount(2) - collections[2],
            },
            ["tasks"] = perTask,
            ["jiraCalls"] = counts["jira"]!.DeepClone(),
            ["esmCalls"] = counts["esm"]!.DeepClone(),
        };
    }

    private static JsonObject TaskJson(RunRecord record, PhaseClock clock) => new()
    {
        ["extract"] = record.Extract.Status.ToString(),
        ["load"] = record.Load.Status.ToString(),
        ["read"] = record.Counts.Read,
        ["created"] = record.Counts.Created,
        ["updated"] = record.Counts.Updated,
        ["unchanged"] = record.Counts.Unchanged,
        ["failed"] = record.Counts.Failed,
        ["markedRemoved"] = record.Counts.MarkedRemoved,
        ["errors"] = record.Errors.Count,
        ["firstError"] = record.Errors.Count == 0 ? null : record.Errors[0].Phase + ": " + record.Errors[0].Message,
        ["phaseSeconds"] = clock.ToJson(),
    };
}
