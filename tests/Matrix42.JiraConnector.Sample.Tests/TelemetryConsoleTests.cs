using System.Text.RegularExpressions;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>The optional OpenTelemetry console exporter of the connector's spans and metrics.</summary>
[Collection(ConsoleCapture.Name)]
public sealed partial class TelemetryConsoleTests
{
    [Fact]
    public async Task Task_TelemetryConsoleOn_ExportsTheRunSpanAndItsEntityCounts()
    {
        await using var fakes = LoopbackFakes.Start();

        var (run, console) = await ConsoleCapture.RunAsync(
            () => fakes.RunAsync("--task", DemoConfiguration.IssueTaskId, "--telemetry-console"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"Activity\.DisplayName:\s+ScheduledRun", console);
        Assert.Matches($@"task: {DemoConfiguration.IssueTaskId}\s+reason: Manual\s+dry_run: false\s+result: Succeeded",
            console);
        Assert.Contains("Metric Name: jiraconnector.runs,", console, StringComparison.Ordinal);
        var issues = fakes.Demo.JiraFacts.IssueKeys.Count;
        Assert.Matches(
            $@"outcome: created task: {DemoConfiguration.IssueTaskId}\s*\r?\nValue: {issues}\r?\n", console);

        // Every run measurement names the connector's environment type, the run counter included.
        Assert.DoesNotContain("environment_type: unknown", console, StringComparison.Ordinal);
        Assert.Matches(@"Metric Name: jiraconnector\.runs,[^\n]*\n[\s\S]*?environment_type: Demo", console);

        // Exported once, at the end, rather than once per flush.
        Assert.Single(Regex.Matches(console, "Metric Name: jiraconnector.entities,"));
    }

    [Fact]
    public async Task Serve_TelemetryConsoleOn_ExportsTheSchedulersRunSpansOnce()
    {
        await using var fakes = LoopbackFakes.Start();

        var ((exitCode, _), console) = await ConsoleCapture.RunAsync(
            () => ServeCommandTests.ServeUntilFirstFullRunAsync(fakes, "--telemetry-console"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Matches($@"task: {DemoConfiguration.IssueTaskId}\s+reason: Scheduled", console);
        var spanIds = SpanId().Matches(console).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(spanIds);
        Assert.Equal(spanIds.Count, spanIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Metric Name: jiraconnector.runs,", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_TelemetryConsoleOff_ExportsNothing()
    {
        await using var fakes = LoopbackFakes.Start();

        var (run, console) = await ConsoleCapture.RunAsync(
            () => fakes.RunAsync("--task", DemoConfiguration.IssueTaskId));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("Activity.", console, StringComparison.Ordinal);
        Assert.DoesNotContain("Metric Name:", console, StringComparison.Ordinal);
        Assert.Contains("Created", run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Activity\.SpanId:\s+(\w+)")]
    private static partial Regex SpanId();
}
