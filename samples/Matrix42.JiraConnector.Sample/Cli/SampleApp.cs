using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.Sample.Demo;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Running;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>
/// The program: reads options (appsettings.json, environment, command line), loads and checks the
/// configuration (or starts the demo's fakes), opens the SQLite state store and runs what was asked.
/// </summary>
internal static class SampleApp
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        Func<string, string?> environment,
        CancellationToken cancellationToken)
    {
        var (values, problems, help) = CommandLine.Parse(args);
        if (help || problems.Count > 0)
        {
            await WriteProblemsAsync(output, "The command line", problems);
            await output.WriteLineAsync(CommandLine.Usage);
            return problems.Count > 0 ? ExitCodes.InvalidConfiguration : ExitCodes.Success;
        }

        using var host = BuildHost(values);
        SampleTelemetry.Start(host.Services);
        var options = host.Services.GetRequiredService<IConfiguration>()
            .GetSection(SampleOptions.SectionName).Get<SampleOptions>() ?? new SampleOptions();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Matrix42.JiraConnector.Sample");
        problems = CommandLine.CheckCombination(options);
        if (problems.Count > 0)
        {
            await WriteProblemsAsync(output, "The command line", problems);
            return ExitCodes.InvalidConfiguration;
        }

        var context = new SampleContext
        {
            Options = options,
            Output = output,
            Environment = environment,
            TimeProvider = host.Services.GetRequiredService<TimeProvider>(),
            LoggerFactory = host.Services.GetRequiredService<ILoggerFactory>(),
            Logger = logger,
            Telemetry = host.Services.GetRequiredService<ConnectorTelemetry>(),
            Connectors = host.Services.GetRequiredService<IOptions<JiraConnectorOptions>>().Value,
        };
        try
        {
            return await RunWithDocumentAsync(context, cancellationToken);
        }
        finally
        {
            SampleTelemetry.Stop(host.Services);
        }
    }

    private static async Task<int> RunWithDocumentAsync(SampleContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        DemoEnvironment? demo = null;
        try
        {
            ConnectorConfigurationDocument document;
            if (options.Config is not null)
            {
                var (loaded, problems) = ConfigurationLoader.Load(options.Config, context.Environment);
                if (loaded is null || problems.Count > 0)
                {
                    SampleLog.ConfigurationInvalid(context.Logger, problems.Count);
                    await WriteProblemsAsync(context.Output, $"The configuration '{options.Config}'", problems);
                    return ExitCodes.InvalidConfiguration;
                }

                document = loaded;
            }
            else
            {
                demo = DemoEnvironment.Start(context.TimeProvider);
                SampleLog.FakesStarted(
                    context.Logger, demo.JiraServer.BaseAddress.Port, demo.EsmServer.BaseAddress.Port);
                document = demo.Document;
            }

            return await RunInStateFolderAsync(context, document, demo, cancellationToken);
        }
        finally
        {
            if (demo is not null)
            {
                await demo.DisposeAsync();
            }
        }
    }

    private static async Task<int> RunInStateFolderAsync(
        SampleContext context,
        ConnectorConfigurationDocument document,
        DemoEnvironment? demo,
        CancellationToken cancellationToken)
    {
        // The telemetry reads the connectors' environment types on its first measurement, after this.
        context.Connectors.Document = document;
        var folder = StateFolder.Choose(context.Options, demo is not null);
        var store = folder.Open(context.TimeProvider);
        try
        {
            var commands = new SampleCommands(context, document, store, folder.Path, demo);
            return await commands.RunAsync(cancellationToken);
        }
        finally
        {
            // A folder the program made for the demo stays only when it has something to show.
            var keep = !folder.Temporary
                || await folder.IsWorthKeepingAsync(store, document, CancellationToken.None);
            (store as IDisposable)?.Dispose();
            if (!keep)
            {
                folder.TryDelete();
            }
            else if (folder.Temporary)
            {
                await context.Output.WriteLineAsync(
                    $"State store and snapshots kept in {folder.Path} (a temporary folder; delete it when done)");
            }
        }
    }

    private static IHost BuildHost(Dictionary<string, string?> commandLine)
    {
        // The host's own argument parsing is not used: switches without values ("--dry-run") are mapped to
        // "Sample:DryRun=true" first and added last, so the command line overrides the other sources.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(commandLine);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(TimeProvider.System);
        // The connectors are known once the document is loaded; with these options the telemetry tags each run
        // with its connector's environment type instead of "unknown".
        builder.Services.AddSingleton(Options.Create(new JiraConnectorOptions()));
        builder.Services.AddSingleton<ConnectorTelemetry>();
        var telemetry = builder.Configuration.GetSection($"{SampleOptions.SectionName}:Telemetry")
            .Get<SampleTelemetryOptions>();
        // --serve builds its own host with the exporter; a second subscriber here would export each span twice.
        var serving = builder.Configuration.GetValue<bool>(
            $"{SampleOptions.SectionName}:{nameof(SampleOptions.Serve)}");
        if (telemetry?.Console == true && !serving)
        {
            SampleTelemetry.AddConsoleExporter(builder.Services);
        }

        return builder.Build();
    }

    private static async Task WriteProblemsAsync(TextWriter output, string what, List<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{what} has {problems.Count} problem(s):");
        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"  - {problem}");
        }
    }
}
