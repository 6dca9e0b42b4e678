using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary><c>--serve</c> hosting the connector on a schedule against the loopback fakes.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_EverySecondSchedule_RunsTheTaskUntilStopped()
    {
        await using var fakes = LoopbackFakes.Start();
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

        using var output = new StringWriter();
        var shared = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var serving = SampleApp.RunAsync(
            ["--config", fakes.ConfigPath, "--state-dir", fakes.Folder.File("state"), "--serve"],
            shared, System.Environment.GetEnvironmentVariable, stop.Token);
        const string finished = "Jira tickets (Scheduled): extract Succeeded, load Succeeded";
        while (!stop.IsCancellationRequested && !output.ToString().Contains(finished, StringComparison.Ordinal))
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        var exitCode = await serving;

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(finished, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(fakes.Demo.JiraFacts.IssueKeys.Count, fakes.Demo.Esm.CountCards("jira_ticket"));
    }
}
