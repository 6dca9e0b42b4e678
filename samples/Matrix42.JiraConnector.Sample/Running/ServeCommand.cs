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
/// its schedule and polling the ESM triggers of the document's event tasks (their <c>trigger</c> settings) until
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
        using var host = builder.Build();
        var tasks = document.Connectors.SelectMany(c => c.ScheduledTasks).Where(t => t.Enabled).ToList();
        SampleLog.Serving(context.Logger, tasks.Count);
        foreach (var task in tasks)
        {
            var when = task.Schedule.ManualOnly ? "by hand only" : $"'{task.Schedule.Cron}' ({task.Schedule.TimeZone})";
            await context.Output.WriteLineAsync($"Serving '{task.Name}' on {when}");
        }

        // AddConnector registered the enabled triggers of the document's event tasks; name what they poll for.
        foreach (var task in document.Connectors.SelectMany(c => c.EventTasks))
        {
            if (task.Trigger is { Enabled: true } trigger)
            {
                var conditions = trigger.Conditions.Count == 0
                    ? "every card"
                    : string.Join(" and ", trigger.Conditions.Select(c => $"{c.Attribute} = '{c.EqualTo}'"));
                var every = trigger.IntervalSeconds is { } seconds ? $"every {seconds} s" : "on the default interval";
                await context.Output.WriteLineAsync($"Polling ESM for '{task.Name}': {conditions}, {every}");
            }
        }

        await context.Output.WriteLineAsync("Press Ctrl+C to stop.");
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
