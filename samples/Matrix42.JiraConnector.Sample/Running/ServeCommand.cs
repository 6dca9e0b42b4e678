using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// <c>--serve</c>: the connectors embedded in a generic host the way a customer's worker service does it
/// (<c>AddJiraConnector</c>, the SDK's sync runner, SQLite state, health checks), running every enabled task on
/// its schedule and polling the ESM triggers of the <c>Sample:Triggers</c> section (<c>AddEventTrigger</c>) until
/// Ctrl+C. Each run is logged by the hosting package and kept in the run history.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(
        SampleContext context,
        ConnectorConfigurationDocument document,
        string stateDirectory,
        CancellationToken cancellationToken)
    {
        var (triggers, problems) = ServeTriggers.Build(context.Options.Triggers, document);
        if (problems.Count > 0)
        {
            SampleLog.ConfigurationInvalid(context.Logger, problems.Count);
            await context.Output.WriteLineAsync($"The trigger settings have {problems.Count} problem(s):");
            foreach (var problem in problems)
            {
                await context.Output.WriteLineAsync($"  - {problem}");
            }

            return ExitCodes.InvalidConfiguration;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(context.TimeProvider);
        if (context.Options.Telemetry.Console)
        {
            SampleTelemetry.AddConsoleExporter(builder.Services);
        }

        var connector = builder.Services.AddJiraConnector();
        foreach (var definition in document.Connectors)
        {
            connector.AddConnector(definition);
        }

        connector
            .UseSecretResolver(name => context.Environment(name))
            .UseSqliteState(Path.Combine(stateDirectory, "state.db"))
            .UseSyncRunner(o => o.Snapshots.Folder = Path.Combine(stateDirectory, "snapshots"))
            .AddHealthChecks("ready");
        foreach (var trigger in triggers)
        {
            connector.AddEventTrigger(trigger.ConnectorId, trigger.Definition);
        }

        using var host = builder.Build();
        var tasks = document.Connectors.SelectMany(c => c.ScheduledTasks).Where(t => t.Enabled).ToList();
        SampleLog.Serving(context.Logger, tasks.Count);
        foreach (var task in tasks)
        {
            var when = task.Schedule.ManualOnly ? "by hand only" : $"'{task.Schedule.Cron}' ({task.Schedule.TimeZone})";
            await context.Output.WriteLineAsync($"Serving '{task.Name}' on {when}");
        }

        foreach (var trigger in triggers)
        {
            await context.Output.WriteLineAsync($"Polling ESM for '{trigger.Task.Name}': {trigger.Description}");
        }

        await context.Output.WriteLineAsync("Press Ctrl+C to stop.");
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
