using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Demo;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.Sample.Running;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>Runs what the options ask for against a checked configuration document and writes the report.</summary>
internal sealed class SampleCommands(
    SampleContext context,
    ConnectorConfigurationDocument document,
    IConnectorStateStore store,
    string stateDirectory,
    DemoEnvironment? demo)
{
    private readonly List<TaskRunOutcome> _runs = [];
    private readonly List<string> _problems = [];

    private SampleOptions Options => context.Options;

    private TextWriter Output => context.Output;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = context.TimeProvider.GetUtcNow();
        var exitCode = await DispatchAsync(cancellationToken);
        if (Options.Report is not null)
        {
            await WriteReportAsync(startedAt, exitCode, cancellationToken);
        }

        return exitCode;
    }

    private async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        if (Options.Task is not null || Options.Event is not null)
        {
            var found = Find();
            if (found is null)
            {
                await Output.WriteLineAsync($"Invalid command line: {_problems[^1]}");
                return ExitCodes.InvalidConfiguration;
            }

            var (connector, scheduledTask, eventTask) = found.Value;
            TaskRunOutcome outcome;
            if (scheduledTask is not null)
            {
                using var clients = Clients(connector);
                outcome = await Scheduled(connector, clients)
                    .RunAsync(scheduledTask, Options.DryRun, cancellationToken);
            }
            else
            {
                // A dry run calls nothing, so it builds no host and leaves the state folder untouched.
                using var host = Options.DryRun ? null : BuildEventHost();
                outcome = await Events(connector, host).RunAsync(
                    eventTask!,
                    Options.Activity ?? EventRuns.DefaultActivity(eventTask!),
                    Options.Card!,
                    Options.DryRun,
                    Options.Worklog, cancellationToken);
            }

            return await FinishAsync([outcome]);
        }

        if (Options.Smoke)
        {
            var ok = true;
            foreach (var connector in document.Connectors)
            {
                using var clients = Clients(connector);
                ok &= await SmokeCheck.RunAsync(connector, clients, Output, cancellationToken);
            }

            return ok ? ExitCodes.Success : ExitCodes.TaskFailed;
        }

        if (Options.Serve)
        {
            return await ServeCommand.RunAsync(context, document, stateDirectory, cancellationToken);
        }

        return demo is not null && !Options.DryRun
            ? await RunDemoAsync(demo, cancellationToken)
            : await RunAllOnceAsync(cancellationToken);
    }

    private async Task<int> RunDemoAsync(DemoEnvironment environment, CancellationToken cancellationToken)
    {
        var connector = document.Connectors[0];
        using var clients = Clients(connector);
        using var host = BuildEventHost();
        // The demo prints every run as a table or a line, so its "task ended" events would only repeat them,
        // and the console logger writes them a moment later, in the middle of the demo's own output.
        var events = new DemoEvents(environment, clients, Events(connector, host, LogLevel.Debug), Output);
        var scenario = new DemoScenario(
            environment, clients, Scheduled(connector, clients, LogLevel.Debug), events, store, stateDirectory,
            Output);
        var result = await scenario.RunAsync(cancellationToken);
        _runs.AddRange(result.Steps.SelectMany(s => s.Runs));
        foreach (var step in result.Steps.Where(s => s.Status == DemoStepStatus.NotAvailable))
        {
            SampleLog.StepNotAvailable(context.Logger, step.Number);
        }

        await Output.WriteLineAsync();
        await Output.WriteLineAsync(
            $"Demo finished: {result.Steps.Count(s => s.Status == DemoStepStatus.Completed)} step(s) completed, "
            + $"{result.Steps.Count(s => s.Status == DemoStepStatus.NotAvailable)} not available in this build, "
            + $"{result.Steps.Count(s => s.Status == DemoStepStatus.Failed)} failed.");
        return result.Failed ? ExitCodes.TaskFailed : ExitCodes.Success;
    }

    private async Task<int> RunAllOnceAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<TaskRunOutcome>();
        foreach (var connector in document.Connectors)
        {
            using var clients = Clients(connector);
            var runner = Scheduled(connector, clients);
            foreach (var task in connector.ScheduledTasks.Where(t => t.Enabled))
            {
                outcomes.Add(await runner.RunAsync(task, Options.DryRun, cancellationToken));
            }
        }

        return await FinishAsync(outcomes);
    }

    private async Task<int> FinishAsync(IReadOnlyList<TaskRunOutcome> outcomes)
    {
        _runs.AddRange(outcomes);
        if (Options.DryRun)
        {
            await Output.WriteLineAsync(
                "Dry run: planned only. The table shows what a real run would do; nothing was written to ESM or Jira.");
        }

        await SummaryTable.WriteAsync(Output, outcomes);

        return outcomes.Any(o => o.IsFailure) ? ExitCodes.TaskFailed : ExitCodes.Success;
    }

    private (ConnectorDefinition Connector, ScheduledTaskDefinition? Scheduled, EventTaskDefinition? Event)? Find()
    {
        var wanted = Options.Task ?? Options.Event!;
        foreach (var connector in document.Connectors)
        {
            if (Options.Task is not null
                && connector.ScheduledTasks.FirstOrDefault(t => Matches(t.Id, t.Name, wanted)) is { } scheduled)
            {
                return (connector, scheduled, null);
            }

            if (Options.Event is not null
                && connector.EventTasks.FirstOrDefault(t => Matches(t.Id, t.Name, wanted)) is { } eventTask)
            {
                return (connector, null, eventTask);
            }
        }

        var kind = Options.Task is not null ? "scheduled" : "event";
        _problems.Add($"No {kind} task is named or has the id '{wanted}'.");
        return null;
    }

    private static bool Matches(string? id, string? name, string wanted) =>
        string.Equals(id, wanted, StringComparison.Ordinal)
        || string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);

    private ConnectorClients Clients(ConnectorDefinition connector) =>
        ConnectorClients.Create(connector, context.LoggerFactory, context.TimeProvider, context.Environment);

    private ScheduledRuns Scheduled(
        ConnectorDefinition connector, ConnectorClients clients, LogLevel runLogLevel = LogLevel.Information) =>
        new(connector, clients, store, Path.Combine(stateDirectory, "snapshots"), context.TimeProvider,
            context.LoggerFactory, context.Telemetry)
        {
            RunLogLevel = runLogLevel,
        };

    private EventRuns Events(
        ConnectorDefinition connector, EventHost? host, LogLevel runLogLevel = LogLevel.Information) =>
        new(connector, host?.Tasks, context.LoggerFactory) { RunLogLevel = runLogLevel };

    // On the state file the sample's own store has open: both see the same event marks and run history.
    private EventHost BuildEventHost() =>
        EventHost.Build(
            document,
            Path.Combine(stateDirectory, StateFolder.DatabaseName),
            context.TimeProvider,
            context.Environment);

    private async Task WriteReportAsync(DateTimeOffset startedAt, int exitCode, CancellationToken cancellationToken)
    {
        var report = new RunReport
        {
            StartedAt = startedAt,
            EndedAt = context.TimeProvider.GetUtcNow(),
            ExitCode = exitCode,
            DryRun = Options.DryRun,
            Tasks = _runs,
            Problems = _problems,
        };
        var path = Path.GetFullPath(Options.Report!);
        await using (var file = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(file, report, ReportJsonContext.Default.RunReport, cancellationToken);
        }

        SampleLog.ReportWritten(context.Logger, _runs.Count);
        await Output.WriteLineAsync($"Report written to {path}");
    }
}
