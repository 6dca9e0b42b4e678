using System.Text.Json;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>The command line running one event activity for one ESM card against the loopback fakes.</summary>
public sealed class EventCommandTests
{
    [Fact]
    public async Task Event_CreateIssueWithReport_CreatesIssueAndWritesKeyBack()
    {
        await using var fakes = LoopbackFakes.Start();
        var card = fakes.Demo.EsmFacts.IncidentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var report = fakes.Folder.File("event.json");

        var run = await fakes.RunAsync(
            "--event", DemoConfiguration.CreateIssueTaskName, "--card", card, "--report", report);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var key = fakes.Demo.Esm.FindCard(fakes.Demo.EsmFacts.IncidentId)!.ValueOf("jira_key");
        Assert.NotNull(fakes.Demo.Jira.GetIssue(key!));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var task = json.RootElement.GetProperty("tasks")[0];
        Assert.Equal("event", task.GetProperty("kind").GetString());
        Assert.Equal("Completed", task.GetProperty("status").GetString());
        Assert.Equal(key, task.GetProperty("values").GetProperty("issueKey").GetString());
    }

    [Fact]
    public async Task Event_DryRun_CallsNoActivity()
    {
        await using var fakes = LoopbackFakes.Start();
        var card = fakes.Demo.EsmFacts.IncidentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await fakes.RunAsync("--event", DemoConfiguration.CreateIssueTaskName, "--card", card, "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Planned", run.Output, StringComparison.Ordinal);
        Assert.Null(fakes.Demo.Esm.FindCard(fakes.Demo.EsmFacts.IncidentId)!.ValueOf("jira_key"));
        Assert.Equal(0, fakes.Demo.Jira.Log.CountWhere(
            r => r.Method == "POST" && r.Path.EndsWith("/issue", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Event_CardWithoutIssue_PushStatusFailsAndExitsOne()
    {
        await using var fakes = LoopbackFakes.Start();
        var card = fakes.Demo.EsmFacts.IncidentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await fakes.RunAsync(
            "--event", DemoConfiguration.ResolveIssueTaskName, "--activity", "push-status", "--card", card);

        Assert.Equal(ExitCodes.TaskFailed, run.ExitCode);
        Assert.Contains("Failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_UnknownActivity_ExitsTwo()
    {
        var run = await SampleRun.StartAsync(null, "--event", "x", "--card", "1", "--activity", "launch-rocket");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("'launch-rocket' is not one of", run.Output, StringComparison.Ordinal);
    }
}
