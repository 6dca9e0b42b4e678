using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;
using Matrix42.JiraConnector.Sqlite;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary><c>--serve</c> hosting the connector on a schedule against the loopback fakes.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_EverySecondSchedule_RunsTheTaskUntilStopped()
    {
        await using var fakes = LoopbackFakes.Start();

        var (exitCode, history) = await ServeUntilFirstFullRunAsync(fakes);

        var issues = fakes.Demo.JiraFacts.IssueKeys.Count;
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(issues, fakes.Demo.Esm.CountCards("jira_ticket"));
        Assert.Contains(history, r => IsTheFullRun(r, issues));
    }

    /// <summary>
    /// Serves the ticket task every second until its first full run is recorded, then stops the program.
    /// </summary>
    internal static async Task<(int ExitCode, IReadOnlyList<RunRecord> History)> ServeUntilFirstFullRunAsync(
        LoopbackFakes fakes, params string[] extra)
    {
        var document = ConnectorConfigurationSerializer.FromJson(await File.ReadAllTextAsync(fakes.ConfigPath));
        var tickets = document.Connectors[0].ScheduledTasks.Single(t => t.Id == DemoConfiguration.IssueTaskId);
        tickets.Schedule.Cron = "* * * * * *";
        document.Connectors[0].ScheduledTasks.Single(t => t.Id == DemoConfiguration.IdentityTaskId).Enabled = false;
        await File.WriteAllTextAsync(fakes.ConfigPath, ConnectorConfigurationSerializer.ToJson(document));
        foreach (var (name, value) in fakes.Environment)
        {
            // The hosted connector reads secrets from the process environment, as a deployed service does.
            System.Environment.SetEnvironmentVariable(name, value);
        }

        var issues = fakes.Demo.JiraFacts.IssueKeys.Count;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var serving = SampleApp.RunAsync(
            ["--config", fakes.ConfigPath, "--state-dir", fakes.Folder.File("state"), "--serve", .. extra],
            TextWriter.Null, System.Environment.GetEnvironmentVariable, stop.Token);
        while (!stop.IsCancellationRequested && fakes.Demo.Esm.CountCards("jira_ticket") < issues)
        {
            await Task.Delay(100);
        }

        // The cards exist before the run records itself; stop only once the history holds the finished run,
        // or the stop would catch the run between its last write and its record.
        using var store = new SqliteConnectorStateStore(
            new SqliteStateStoreOptions { Path = Path.Combine(fakes.Folder.File("state"), "state.db") });
        var history = await store.GetRunsAsync(DemoConfiguration.IssueTaskId, 0, 10);
        while (!stop.IsCancellationRequested && !history.Any(r => IsTheFullRun(r, issues)))
        {
            await Task.Delay(100);
            history = await store.GetRunsAsync(DemoConfiguration.IssueTaskId, 0, 10);
        }

        await stop.CancelAsync();
        return (await serving, history);
    }

    private static bool IsTheFullRun(RunRecord r, int issues) =>
        r.Trigger == RunTrigger.Schedule && r.Counts.Created == issues;
}
