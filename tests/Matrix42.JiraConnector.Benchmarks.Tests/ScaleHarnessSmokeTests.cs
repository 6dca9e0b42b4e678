using System.Diagnostics;
using System.Text.Json;
using Matrix42.JiraConnector.Benchmarks.Scale;

namespace Matrix42.JiraConnector.Benchmarks.Tests;

/// <summary>Runs the scale harness as a process at a tiny size and checks its report.</summary>
public sealed class ScaleHarnessSmokeTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "m42-scale-smoke-" + Guid.NewGuid().ToString("N"));

    public ScaleHarnessSmokeTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Scale_TinySize_ReportsBothPassesAndAnUnchangedRerunWritesNothing()
    {
        var report = await RunHarnessAsync(
            "--users", "200", "--groups", "20", "--memberships", "400", "--issues", "300");

        var root = report.RootElement;
        Assert.Equal(200, root.GetProperty("size").GetProperty("users").GetInt32());
        var full = root.GetProperty("full");
        var rerun = root.GetProperty("rerun");
        foreach (var pass in new[] { full, rerun })
        {
            Assert.True(pass.GetProperty("wallSeconds").GetDouble() > 0);
            Assert.True(pass.GetProperty("cpuSeconds").GetDouble() > 0);
            Assert.True(pass.GetProperty("allocatedBytes").GetInt64() > 0);
            Assert.True(pass.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
            Assert.True(pass.GetProperty("jiraMinimumTotal").GetInt64() > 0);
            Assert.Equal(
                pass.GetProperty("jiraCallsTotal").GetInt64(),
                pass.GetProperty("jiraCalls").EnumerateObject().Sum(p => p.Value.GetInt64()));
        }

        // The full run created a card for every issue; the re-run found nothing to write.
        var issues = full.GetProperty("tasks").GetProperty("scale-issues");
        Assert.Equal(300, issues.GetProperty("created").GetInt32());
        Assert.True(full.GetProperty("esmWrites").GetInt64() > 0);
        Assert.Equal(0, rerun.GetProperty("esmWrites").GetInt64());
        Assert.Equal(300, rerun.GetProperty("tasks").GetProperty("scale-issues").GetProperty("unchanged").GetInt32());
        Assert.True(
            rerun.GetProperty("jiraCallsTotal").GetInt64() <= 1.05 * rerun.GetProperty("jiraMinimumTotal").GetInt64(),
            "The unchanged re-run made more than 1.05 times the minimum Jira calls: " + rerun.GetProperty("jiraCalls"));
    }

    [Fact]
    public void Parse_UnknownOption_NamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ScaleSize.Parse(["--userz", "5"]));

        Assert.Contains("--userz", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<JsonDocument> RunHarnessAsync(params string[] size)
    {
        var output = Path.Combine(_folder, "report.json");
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ScaleCommand).Assembly.Location);
        start.ArgumentList.Add("scale");
        foreach (var argument in size.Append("--output").Append(output))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"The harness failed: {await stdout}{await stderr}");
        return JsonDocument.Parse(await File.ReadAllTextAsync(output));
    }
}
