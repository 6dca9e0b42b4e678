using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Smoke_AgainstLoopbackFakes_PassesAndWritesNothing()
    {
        await using var fakes = LoopbackFakes.Start();
        var cardsBefore = fakes.Demo.Esm.CountCards("incident");

        var run = await fakes.RunAsync("--smoke");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("time zone Europe/Berlin", run.Output, StringComparison.Ordinal);
        Assert.Contains("Search of 'Jira tickets'", run.Output, StringComparison.Ordinal);
        Assert.Contains("ESM template 'jira_ticket'", run.Output, StringComparison.Ordinal);
        Assert.Contains("Smoke check passed", run.Output, StringComparison.Ordinal);
        Assert.Equal(cardsBefore, fakes.Demo.Esm.CountCards("incident"));
        Assert.Equal(0, fakes.Demo.Esm.Log.CountWhere(r => r.Method is "PUT" or "PATCH" or "DELETE"));
        Assert.Equal(0, fakes.Demo.Jira.Log.CountWhere(r => r.Method is "PUT" or "DELETE"
            || (r.Method == "POST" && !r.Path.EndsWith("/search/jql", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Smoke_WrongEsmPassword_ExitsOneNamingTheFailedCheck()
    {
        await using var fakes = LoopbackFakes.Start();
        fakes.Environment[LoopbackFakes.EsmPasswordVariable] = "not-the-password";

        var run = await fakes.RunAsync("--smoke");

        Assert.Equal(ExitCodes.TaskFailed, run.ExitCode);
        Assert.Contains("FAIL  ESM login", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok    Jira account", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidConfiguration_SeveralProblems_ExitsTwoListingEveryProblem()
    {
        using var folder = new TempFolder();
        var document = new ConnectorConfigurationDocument
        {
            Connectors =
            [
                new ConnectorDefinition
                {
                    Id = "c1",
                    Name = "Broken",
                    Jira = new JiraConnectionSettings
                    {
                        SiteUrl = "http://127.0.0.1:8080",
                        Email = "bot@example.com",
                        ApiToken = SecretValue.FromEnvironmentVariable("SAMPLE_TEST_UNSET_TOKEN"),
                    },
                    Esm = new EsmConnectionSettings { BaseUrl = "https://esm.example.com", WebApiUser = "webapi" },
                },
            ],
        };
        var path = folder.File("broken.json");
        await File.WriteAllTextAsync(path, ConnectorConfigurationSerializer.ToJson(document));

        var run = await SampleRun.StartAsync(null, "--config", path, "--task", "anything");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("allowInsecureLoopback", run.Output, StringComparison.Ordinal);
        Assert.Contains("webApiPassword", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("'SAMPLE_TEST_UNSET_TOKEN' is not set", run.Output, StringComparison.Ordinal);
        var listed = run.Output.Split('\n').Count(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        Assert.True(listed >= 3, $"Expected every problem listed, got {listed}:\n{run.Output}");
        Assert.Contains($"has {listed} problem(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidConfiguration_NotJson_ExitsTwo()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.json");
        await File.WriteAllTextAsync(path, "{ \"connectors\": [ ");

        var run = await SampleRun.StartAsync(null, "--config", path);

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("is not a valid document", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_UnknownOptionAndMissingValue_ExitsTwoListingBoth()
    {
        var run = await SampleRun.StartAsync(null, "--frobnicate", "--report");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("Unknown option '--frobnicate'", run.Output, StringComparison.Ordinal);
        Assert.Contains("--report needs a value", run.Output, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_EventWithoutCard_ExitsTwo()
    {
        var run = await SampleRun.StartAsync(null, "--event", DemoConfiguration.CreateIssueTaskName);

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("--event needs --card", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_ServeWithDryRun_ExitsTwoBecauseServeWrites()
    {
        var run = await SampleRun.StartAsync(null, "--serve", "--dry-run");

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("cannot be combined with --dry-run", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_UnknownName_ExitsTwoAndReportsTheName()
    {
        await using var fakes = LoopbackFakes.Start();
        var report = fakes.Folder.File("report.json");

        var run = await fakes.RunAsync("--task", "No such task", "--report", report);

        Assert.Equal(ExitCodes.InvalidConfiguration, run.ExitCode);
        Assert.Contains("'No such task'", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(2, json.RootElement.GetProperty("exitCode").GetInt32());
        var problem = json.RootElement.GetProperty("problems")[0].GetString();
        Assert.Contains("No such task", problem, StringComparison.Ordinal);
    }
}
