using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Demo;
using Matrix42.JiraConnector.Sample.Logging;
using Matrix42.JiraConnector.Sample.Running;
using Matrix42.JiraConnector.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        };
        return await RunWithDocumentAsync(context, cancellationToken);
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

            var stateDirectory = options.StateDirectory
                ?? (demo is null
                    ? Path.GetFullPath(".jira-connector")
                    : Path.Combine(Path.GetTempPath(), "matrix42-jira-demo-" + Guid.NewGuid().ToString("N")[..8]));
            Directory.CreateDirectory(stateDirectory);
            using var store = new SqliteConnectorStateStore(
                new SqliteStateStoreOptions { Path = Path.Combine(stateDirectory, "state.db") }, context.TimeProvider);
            var commands = new SampleCommands(context, document, store, stateDirectory, demo);
            return await commands.RunAsync(cancellationToken);
        }
        finally
        {
            if (demo is not null)
            {
                await demo.DisposeAsync();
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
