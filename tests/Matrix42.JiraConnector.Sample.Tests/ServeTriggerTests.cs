using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// <c>--serve</c> polling an ESM trigger declared in an event task's <c>trigger</c> settings of the configuration
/// document, against the loopback fakes.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class ServeTriggerTests
{
    [Fact]
    public async Task Serve_TriggerOnNewIncidents_CreatesTheIssueForTheMatchingCardOnly()
    {
        await using var fakes = LoopbackFakes.Start();
        await ChangeDocumentAsync(fakes, document =>
        {
            foreach (var task in document.Connectors[0].ScheduledTasks)
            {
                task.Enabled = false;
            }

            CreateIssueTask(document).Trigger = new EventTriggerSettings
            {
                Conditions = [new EventTriggerCondition { Attribute = "status", EqualTo = "1 - New" }],
                IntervalSeconds = 1,
            };
        });
        var resolved = fakes.Demo.Esm.AddCard("incident", "incidents", new Dictionary<string, object?>
        {
            ["subject"] = "Printer on floor 3 jams",
            ["status"] = "4 - Resolved",
        });
        var incident = fakes.Demo.EsmFacts.IncidentId;
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var serving = SampleApp.RunAsync(
            ["--config", fakes.ConfigPath, "--state-dir", fakes.Folder.File("state"), "--serve"],
            output, System.Environment.GetEnvironmentVariable, stop.Token);
        while (!stop.IsCancellationRequested && fakes.Demo.Esm.FindCard(incident)!.ValueOf("jira_key") is null)
        {
            await Task.Delay(100);
        }

        // Stop once the next poll has queried ESM: the pass that created the issue had then seen every matching card.
        var queriesBefore = ConditionQueries(fakes);
        while (!stop.IsCancellationRequested && ConditionQueries(fakes) == queriesBefore)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        var exitCode = await serving;

        Assert.Equal(ExitCodes.Success, exitCode);
        var key = fakes.Demo.Esm.FindCard(incident)!.ValueOf("jira_key");
        Assert.NotNull(key);
        var issue = fakes.Demo.Jira.GetIssue(key);
        Assert.NotNull(issue);
        Assert.Equal("Conference room display is black", issue["fields"]!["summary"]!.GetValue<string>());
        Assert.Null(fakes.Demo.Esm.FindCard(resolved)!.ValueOf("jira_key"));
        Assert.True(ConditionQueries(fakes) > queriesBefore, "The trigger never polled again with its condition.");
        Assert.Equal(1, fakes.Demo.Jira.Log.CountWhere(
            r => r.Method == "POST" && r.Path.EndsWith("/issue", StringComparison.Ordinal)));
        Assert.Contains($"Polling ESM for '{DemoConfiguration.CreateIssueTaskName}'", output.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TriggerWithIncompleteCondition_ExitsTwoNamingTheSetting()
    {
        await using var fakes = LoopbackFakes.Start();
        await ChangeDocumentAsync(fakes, document => CreateIssueTask(document).Trigger = new EventTriggerSettings
        {
            Conditions = [new EventTriggerCondition { Attribute = "status" }],
            IntervalSeconds = 0,
        });

        var run = await SampleRun.StartAsync(
            fakes.Environment, "--config", fakes.ConfigPath, "--state-dir", fakes.Folder.File("state"), "--serve");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("trigger.conditions[0].equals", run.Output, StringComparison.Ordinal);
        Assert.Contains("trigger.intervalSeconds", run.Output, StringComparison.Ordinal);
    }

    // The trigger's condition as ESM receives it, in the query string or the body of a query.
    private static long ConditionQueries(LoopbackFakes fakes) => fakes.Demo.Esm.Log.CountWhere(
        r => Uri.UnescapeDataString(r.QueryString.Replace('+', ' ') + r.Body)
            .Contains("1 - New", StringComparison.Ordinal));

    private static EventTaskDefinition CreateIssueTask(ConnectorConfigurationDocument document) =>
        document.Connectors[0].EventTasks.Single(t => t.Name == DemoConfiguration.CreateIssueTaskName);

    private static async Task ChangeDocumentAsync(LoopbackFakes fakes, Action<ConnectorConfigurationDocument> change)
    {
        var document = ConnectorConfigurationSerializer.FromJson(await File.ReadAllTextAsync(fakes.ConfigPath));
        change(document);
        await File.WriteAllTextAsync(fakes.ConfigPath, ConnectorConfigurationSerializer.ToJson(document));
    }
}
