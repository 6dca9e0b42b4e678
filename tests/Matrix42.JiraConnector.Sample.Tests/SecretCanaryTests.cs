using System.Globalization;
using System.Text.Json;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// A canary Jira API token and ESM password, inline in the configuration file or through the environment, go
/// through the sample's runs with every log category at Trace and the telemetry console exporter on: a good run, a
/// run Jira refuses, an event ESM refuses, the smoke check and an invalid configuration. No canary (nor the Basic
/// header built from one) may appear in what the program prints, what it logs, the spans and metrics, the report,
/// or any file of the state folder.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class SecretCanaryTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData(CanarySource.Inline)]
    [InlineData(CanarySource.Environment)]
    public async Task Task_Succeeds_CanariesAppearNowhere(CanarySource source)
    {
        await using var fakes = CanaryFakes.Start(source);
        var report = fakes.Folder.File("run.json");

        var run = await RunVerboseAsync(
            fakes, "--task", DemoConfiguration.IssueTaskId, "--report", report, "--telemetry-console");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var task = ReportedTask(report);
        Assert.Equal("Succeeded", task.GetProperty("status").GetString());
        var issues = fakes.Demo.JiraFacts.IssueKeys.Count;
        Assert.Equal(issues, task.GetProperty("counts").GetProperty("created").GetInt32());
        Assert.Equal(issues, fakes.Demo.Esm.CountCards("jira_ticket"));
        Assert.Contains("ScheduledRun", run.Out, StringComparison.Ordinal);
        Assert.Contains(fakes.FilesWritten(), f => f.EndsWith("state.db", StringComparison.Ordinal));
        Assert.Contains(fakes.FilesWritten(), f => f.Contains("snapshots", StringComparison.Ordinal));
        AssertEsmGotTheCanary(fakes);
        AssertSdkDebugLogged(run);
        AssertNoCanary(fakes, run);
    }

    [Theory]
    [InlineData(CanarySource.Inline)]
    [InlineData(CanarySource.Environment)]
    public async Task Task_JiraRefusesTheToken_FailsAndCanariesAppearNowhere(CanarySource source)
    {
        await using var fakes = CanaryFakes.Start(source, jiraAccepts: false);
        var report = fakes.Folder.File("refused.json");

        var run = await RunVerboseAsync(
            fakes, "--task", DemoConfiguration.IssueTaskId, "--report", report, "--telemetry-console");

        Assert.Equal(ExitCodes.TaskFailed, run.ExitCode);
        var task = ReportedTask(report);
        Assert.Equal("Failed", task.GetProperty("status").GetString());
        Assert.NotEqual(0, task.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, fakes.Demo.Esm.CountCards("jira_ticket"));
        var jiraCalls = fakes.Demo.Jira.Log.Entries;
        Assert.NotEmpty(jiraCalls);
        Assert.All(jiraCalls, r => Assert.Equal(401, r.Status));
        Assert.Contains("401", run.Error, StringComparison.Ordinal);
        AssertSdkDebugLogged(run);
        AssertNoCanary(fakes, run);
    }

    [Theory]
    [InlineData(CanarySource.Inline)]
    [InlineData(CanarySource.Environment)]
    public async Task Event_EsmRefusesThePassword_FailsAndCanariesAppearNowhere(CanarySource source)
    {
        await using var fakes = CanaryFakes.Start(source, esmAccepts: false);
        var card = fakes.Demo.EsmFacts.IncidentId.ToString(CultureInfo.InvariantCulture);
        var report = fakes.Folder.File("event.json");

        var run = await RunVerboseAsync(
            fakes, "--event", DemoConfiguration.CreateIssueTaskName, "--card", card, "--report", report,
            "--telemetry-console");

        Assert.Equal(ExitCodes.TaskFailed, run.ExitCode);
        var task = ReportedTask(report);
        Assert.Equal("event", task.GetProperty("kind").GetString());
        Assert.Equal("Failed", task.GetProperty("status").GetString());
        Assert.Contains("ESM refused", task.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null(fakes.Demo.Esm.FindCard(fakes.Demo.EsmFacts.IncidentId)!.ValueOf("jira_key"));
        Assert.Contains(fakes.Demo.Esm.Log.Entries, r => r.Status == 401);
        AssertEsmGotTheCanary(fakes);
        Assert.Contains("warn: Matrix42.JiraConnector.Esm.", run.Error, StringComparison.Ordinal);
        AssertNoCanary(fakes, run);
    }

    [Theory]
    [InlineData(CanarySource.Inline)]
    [InlineData(CanarySource.Environment)]
    public async Task Smoke_Passes_CanariesAppearNowhere(CanarySource source)
    {
        await using var fakes = CanaryFakes.Start(source);

        var run = await RunVerboseAsync(fakes, "--smoke", "--telemetry-console");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Smoke check passed", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok    Jira account", run.Output, StringComparison.Ordinal);
        AssertEsmGotTheCanary(fakes);
        AssertSdkDebugLogged(run);
        AssertNoCanary(fakes, run);
    }

    [Theory]
    [InlineData(CanarySource.Inline)]
    [InlineData(CanarySource.Environment)]
    public async Task InvalidConfiguration_ExitsTwoAndCanariesAppearNowhere(CanarySource source)
    {
        await using var fakes = CanaryFakes.Start(source);
        // Plain http without the loopback opt-in, and an ESM password given twice (inline and by variable).
        var connector = fakes.Document.Connectors[0];
        connector.Jira.AllowInsecureLoopback = false;
        connector.Esm.WebApiPassword!.Inline = CanarySecrets.EsmPassword;
        connector.Esm.WebApiPassword.EnvironmentVariable = CanaryFakes.EsmPasswordVariable;
        fakes.WriteConfiguration();
        var report = fakes.Folder.File("invalid.json");

        var run = await RunVerboseAsync(
            fakes, "--task", DemoConfiguration.IssueTaskId, "--report", report, "--telemetry-console");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("allowInsecureLoopback", run.Output, StringComparison.Ordinal);
        Assert.Contains("webApiPassword", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, fakes.Demo.Jira.Log.TotalCount);
        Assert.Equal(0, fakes.Demo.Esm.Log.TotalCount);
        Assert.Contains("fail: Matrix42.JiraConnector.Sample[8002]", run.Error, StringComparison.Ordinal);
        AssertNoCanary(fakes, run);
    }

    // Every category at Trace: the SDK's own Debug lines are there, not only the sample's Information ones.
    private static void AssertSdkDebugLogged(CapturedRun run) =>
        Assert.Matches(@"dbug: Matrix42\.JiraConnector\.(Jira|Esm|Sync|Events)", run.Error);

    private static async Task<CapturedRun> RunVerboseAsync(CanaryFakes fakes, params string[] args)
    {
        using var logging = new VerboseLogging();
        var (run, stdout, stderr) = await ConsoleCapture.RunWithErrorAsync(() => fakes.RunAsync(args));
        return new CapturedRun(run.ExitCode, run.Output, stdout, stderr);
    }

    private static JsonElement ReportedTask(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return Assert.Single(json.RootElement.GetProperty("tasks").EnumerateArray()).Clone();
    }

    // The canary really was used: the ESM login form carried it.
    private static void AssertEsmGotTheCanary(CanaryFakes fakes) =>
        Assert.Contains(fakes.Demo.Esm.Log.Entries,
            r => r.Body.Contains(CanarySecrets.EsmPassword, StringComparison.Ordinal));

    private void AssertNoCanary(CanaryFakes fakes, CapturedRun run)
    {
        // The capture is real: the console logger's lines reached standard error.
        Assert.Contains(": Matrix42.JiraConnector.", run.Error, StringComparison.Ordinal);
        var leaks = new List<string>();
        foreach (var (name, text) in new[] { ("output", run.Output), ("stdout", run.Out), ("stderr", run.Error) })
        {
            leaks.AddRange(CanarySecrets.FoundIn(text).Select(c => $"{c} in {name}"));
        }

        var files = fakes.FilesWritten();
        foreach (var file in files)
        {
            leaks.AddRange(CanarySecrets.FoundIn(File.ReadAllBytes(file)).Select(c => $"{c} in {file}"));
        }

        log.WriteLine(
            $"Searched: output {run.Output.Length} chars, stdout {run.Out.Length} chars, "
            + $"stderr {run.Error.Split('\n').Length} lines, {files.Count} files of "
            + $"{files.Sum(f => new FileInfo(f).Length)} bytes");
        Assert.True(leaks.Count == 0, "Canaries found:\n" + string.Join("\n", leaks));
    }

    private sealed record CapturedRun(int ExitCode, string Output, string Out, string Error);
}
