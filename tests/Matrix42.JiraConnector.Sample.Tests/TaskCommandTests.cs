using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// The command line running one scheduled task against the loopback fakes, checked through the report.
/// </summary>
public sealed class TaskCommandTests
{
    [Fact]
    public async Task Task_DryRunWithReport_PlansEveryCardAndWritesNothing()
    {
        await using var fakes = LoopbackFakes.Start();
        var report = fakes.Folder.File("plan.json");

        var run = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskName, "--dry-run", "--report", report);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Dry run: planned only.", run.Output, StringComparison.Ordinal);
        Assert.Contains("To create", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Created", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, fakes.Demo.Esm.CountCards("jira_ticket"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.True(json.RootElement.GetProperty("dryRun").GetBoolean());
        var task = Assert.Single(json.RootElement.GetProperty("tasks").EnumerateArray());
        Assert.Equal(DemoConfiguration.IssueTaskId, task.GetProperty("taskId").GetString());
        Assert.Equal("Succeeded", task.GetProperty("status").GetString());
        var created = task.GetProperty("created").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(fakes.Demo.JiraFacts.IssueKeys.Count, created.Count);
        Assert.All(created, key => Assert.StartsWith("Issue:", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Task_RunWithReport_CreatesCardsAndReportsCountsAndKeys()
    {
        await using var fakes = LoopbackFakes.Start();
        var report = fakes.Folder.File("run.json");

        var run = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskId, "--report", report);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var issues = fakes.Demo.JiraFacts.IssueKeys.Count;
        Assert.Equal(issues, fakes.Demo.Esm.CountCards("jira_ticket"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(0, json.RootElement.GetProperty("exitCode").GetInt32());
        var task = Assert.Single(json.RootElement.GetProperty("tasks").EnumerateArray());
        Assert.Equal(issues, task.GetProperty("counts").GetProperty("created").GetInt32());
        Assert.Equal(issues, task.GetProperty("counts").GetProperty("read").GetInt32());
        Assert.Equal(issues, task.GetProperty("created").GetArrayLength());
        Assert.Equal(0, task.GetProperty("errors").GetArrayLength());
        Assert.NotEmpty(task.GetProperty("snapshots").EnumerateArray());

        // The same task again through the same state folder: the cache leaves every card alone.
        var again = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskId, "--report", report);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        using var second = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var counts = second.RootElement.GetProperty("tasks")[0].GetProperty("counts");
        Assert.Equal(issues, counts.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, counts.GetProperty("writes").GetInt32());
    }

    [Fact]
    public async Task Task_RunAfterOneJiraEdit_ReportListsExactlyTheCardWritten()
    {
        await using var fakes = LoopbackFakes.Start();
        var report = fakes.Folder.File("edit.json");
        var first = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskId);
        Assert.Equal(ExitCodes.Success, first.ExitCode);

        var issueKey = fakes.Demo.JiraFacts.IssueKeys[3];
        var issueId = fakes.Demo.Jira.GetIssue(issueKey)!["id"]!.GetValue<string>();
        fakes.Demo.Jira.EditIssue(issueKey, new JsonObject { ["summary"] = "Edited between the runs" });
        var second = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskId, "--report", report);

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var task = Assert.Single(json.RootElement.GetProperty("tasks").EnumerateArray());
        var updated = task.GetProperty("updated").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([$"Issue:{issueId}"], updated);
        Assert.Equal(0, task.GetProperty("created").GetArrayLength());
        Assert.Equal(0, task.GetProperty("marked").GetArrayLength());
        Assert.False(task.GetProperty("keysTruncated").GetBoolean());
    }

    [Fact]
    public async Task Task_EsmRefusesTemplate_ExitsOneWithTheErrorInTheReport()
    {
        await using var fakes = LoopbackFakes.Start();
        fakes.Demo.Esm.ForbidTemplate("jira_ticket");
        var report = fakes.Folder.File("failed.json");

        var run = await fakes.RunAsync("--task", DemoConfiguration.IssueTaskName, "--report", report);

        Assert.Equal(ExitCodes.TaskFailed, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
        var task = json.RootElement.GetProperty("tasks")[0];
        Assert.Equal("Failed", task.GetProperty("status").GetString());
        Assert.NotEqual(0, task.GetProperty("errors").GetArrayLength());
    }
}
