using System.Text.RegularExpressions;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// Which state folders a run leaves behind: read-only commands none, the demo's temporary folder only when it
/// has a run history or snapshots to show, and then its path is printed.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed partial class StateFolderTests
{
    [Theory]
    [InlineData("--smoke")]
    [InlineData("--dry-run")]
    public async Task ReadOnlyCommand_OnDemoFakes_LeavesNoTemporaryFolder(string command)
    {
        var before = DemoFolders();

        var run = await SampleRun.StartAsync(null, command);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(before, DemoFolders());
        Assert.DoesNotContain("kept in", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTask_OnDemoFakes_DeletesTheFolderItMade()
    {
        var before = DemoFolders();

        var run = await SampleRun.StartAsync(null, "--task", "No such task");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Equal(before, DemoFolders());
    }

    [Fact]
    public async Task Task_OnDemoFakes_KeepsTheFolderAndPrintsWhere()
    {
        var before = DemoFolders();

        var run = await SampleRun.StartAsync(null, "--task", DemoConfiguration.IssueTaskId);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var kept = KeptLine().Match(run.Output);
        Assert.True(kept.Success, run.Output);
        var path = kept.Groups[1].Value;
        try
        {
            Assert.Equal(before.Append(path).Order(StringComparer.Ordinal), DemoFolders());
            Assert.True(File.Exists(Path.Combine(path, "state.db")));
            Assert.NotEmpty(
                Directory.EnumerateFiles(Path.Combine(path, "snapshots"), "*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Theory]
    [InlineData("--smoke")]
    [InlineData("--dry-run")]
    public async Task ReadOnlyCommand_StateDirMissing_DoesNotCreateIt(string command)
    {
        await using var fakes = LoopbackFakes.Start();
        var state = fakes.Folder.File("state");

        var run = await fakes.RunAsync(command);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.False(Directory.Exists(state), $"{command} created {state}.");
    }

    [Fact]
    public async Task DryRun_ExistingState_PlansAgainstItAndKeepsIt()
    {
        await using var fakes = LoopbackFakes.Start();
        Assert.Equal(ExitCodes.Success, (await fakes.RunAsync("--task", DemoConfiguration.IssueTaskId)).ExitCode);

        var run = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskId, "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(fakes.Folder.File("state"), "state.db")));
        var row = Assert.Single(
            run.Output.Split('\n'), l => l.TrimStart().StartsWith("Jira tickets", StringComparison.Ordinal));
        var issues = fakes.Demo.JiraFacts.IssueKeys.Count;
        Assert.Matches($@"\s{issues}\s+0\s+0\s+{issues}\s", row);
    }

    private static List<string> DemoFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), "matrix42-jira-demo-*").Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"State store and snapshots kept in (\S+) ")]
    private static partial Regex KeptLine();
}
