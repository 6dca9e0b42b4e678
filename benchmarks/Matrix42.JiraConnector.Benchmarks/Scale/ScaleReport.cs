using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>Builds and prints the harness's JSON report: each pass's cost and its Jira calls against the minimum.</summary>
internal static class ScaleReport
{
    private static readonly Dictionary<string, string[]> StreamRoutes = new(StringComparer.Ordinal)
    {
        ["users"] = ["GET /rest/api/3/users/search"],
        ["groups"] = ["GET /rest/api/3/group/bulk"],
        ["members"] = ["GET /rest/api/3/group/member"],
        ["search"] = ["GET /rest/api/3/search/jql", "POST /rest/api/3/search/jql"],
    };

    public static JsonObject Build(ScaleSize size, JsonObject minimum, JsonObject full, JsonObject rerun)
    {
        Summarize(full, minimum);
        Summarize(rerun, minimum);
        var fullWall = (double)full["wallSeconds"]!;
        return new JsonObject
        {
            ["size"] = new JsonObject
            {
                ["users"] = size.Users,
                ["groups"] = size.Groups,
                ["memberships"] = size.Memberships,
                ["issues"] = size.Issues,
                ["latencyMs"] = size.LatencyMs,
            },
            ["machine"] = new JsonObject
            {
                ["processors"] = System.Environment.ProcessorCount,
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                ["loadAverage"] = LoadAverage(),
            },
            ["minimumJiraCalls"] = minimum.DeepClone(),
            ["full"] = full,
            ["rerun"] = rerun,
            ["rerunWallShare"] = fullWall > 0 ? Math.Round((double)rerun["wallSeconds"]! / fullWall, 3) : null,
        };
    }

    public static void Print(JsonObject report)
    {
        Console.WriteLine();
        Console.WriteLine("| pass | wall s | cpu s | alloc MB | peak WS MB | Jira calls | min | ratio | ESM calls | ESM writes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var name in new[] { "full", "rerun" })
        {
            var pass = report[name]!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {(double)pass["wallSeconds"]!:F1} | {(double)pass["cpuSeconds"]!:F1} | " +
                $"{(long)pass["allocatedBytes"]! / 1048576.0:F0} | {(long)pass["peakWorkingSetBytes"]! / 1048576.0:F0} | " +
                $"{(long)pass["jiraCallsTotal"]!} | {(long)pass["jiraMinimumTotal"]!} | {(double)pass["jiraRatio"]!:F3} | " +
                $"{(long)pass["esmCallsTotal"]!} | {(long)pass["esmWrites"]!} |"));
        }

        Console.WriteLine();
    }

    private static void Summarize(JsonObject pass, JsonObject minimum)
    {
        var jira = pass["jiraCalls"]!.AsObject();
        var streams = new JsonObject();
        foreach (var (stream, routes) in StreamRoutes)
        {
            streams[stream] = new JsonObject
            {
                ["calls"] = routes.Sum(r => jira[r] is { } n ? (long)n : 0),
                ["minimum"] = (long)minimum[stream]!,
            };
        }

        var total = jira.Sum(p => (long)p.Value!);
        var least = minimum.Sum(p => (long)p.Value!);
        var esm = pass["esmCalls"]!.AsObject();
        pass["jiraStreams"] = streams;
        pass["jiraCallsTotal"] = total;
        pass["jiraMinimumTotal"] = least;
        pass["jiraRatio"] = least > 0 ? Math.Round((double)total / least, 4) : 0;
        pass["esmCallsTotal"] = esm.Sum(p => (long)p.Value!);
        pass["esmWrites"] = esm.Where(p => IsWrite(p.Key)).Sum(p => (long)p.Value!);
    }

    private static bool IsWrite(string route) =>
        !route.EndsWith("/users/login", StringComparison.Ordinal) &&
        (route.StartsWith("PUT ", StringComparison.Ordinal) || route.StartsWith("POST ", StringComparison.Ordinal) ||
         route.StartsWith("PATCH ", StringComparison.Ordinal) || route.StartsWith("DELETE ", StringComparison.Ordinal));

    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null;
}
