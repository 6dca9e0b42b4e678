using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Secrets;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Transfer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The entry point that embeds the Jira connector in a host.</summary>
public static class JiraConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the connector host: connectors (from <paramref name="configuration"/> and code), their clients, the
    /// scheduler as a hosted service, the task controller, all validated together when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The connector section (e.g. <c>JiraConnector</c>) with <c>formatVersion</c>, <c>connectors</c> and
    /// <c>Scheduler</c>; none when <see langword="null"/>.
    /// </param>
    /// <returns>A builder to choose the state store and add more.</returns>
    /// <exception cref="ConfigurationFormatException">The section cannot be read as a connector document.</exception>
    public static JiraConnectorBuilder AddJiraConnector(
        this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var names = new ConnectorClientNames();
        var builder = new JiraConnectorBuilder(services, names);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorSecretResolver, EnvironmentSecretResolver>();
        services.AddOptions<JiraConnectorOptions>().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<JiraConnectorOptions>, JiraConnectorOptionsValidator>());
        services.AddSingleton<IOptions<TaskSchedulerOptions>>(
            sp => Options.Options.Create(sp.GetRequiredService<IOptions<JiraConnectorOptions>>().Value.Scheduler));

        if (configuration is not null)
        {
            var document = ConnectorConfigurationSerializer.FromConfiguration(configuration);
            var scheduler = ReadScheduler(configuration.GetSection("Scheduler"));
            services.Configure<JiraConnectorOptions>(options =>
            {
                foreach (var connector in document.Connectors)
                {
                    options.Document.Connectors.Add(connector);
                }

                options.Scheduler = scheduler;
            });
            foreach (var connector in document.Connectors)
            {
                builder.RegisterClients(connector);
                builder.RegisterDocumentTriggers(connector);
            }
        }

        services.TryAddSingleton(names);
        services.TryAddSingleton<IConnectorClientRegistry, ConnectorClientRegistry>();
        services.TryAddSingleton<ITaskScheduleSource, ConnectorDocumentScheduleSource>();
        services.TryAddSingleton<IScheduledRunExecutor, MissingRunExecutor>();
        services.TryAddSingleton<ITaskCacheCleaner, StateStoreCacheCleaner>();
        services.AddMetrics();
        services.TryAddSingleton<Matrix42.JiraConnector.Hosting.Telemetry.ConnectorTelemetry>();
        services.TryAddSingleton<ConnectorScheduler>();
        services.AddHostedService<ConnectorSchedulerHostedService>();
        services.AddOptions<Matrix42.JiraConnector.Events.WorkflowActivityOptions>();
        services.TryAddSingleton<ConnectorWorkflowActivities>();
        services.TryAddSingleton<IConnectorTaskController, ConnectorTaskController>();
        AddImport(services);
        return builder;
    }

    // Imports are checked online by default; a host replaces the check by registering its own first.
    private static void AddImport(IServiceCollection services)
    {
        services.AddOptions<OnlineImportCheckOptions>();
        services.TryAddSingleton<IConfigurationImportCheck>(sp => new OnlineImportCheck(
            sp.GetRequiredService<IOptions<OnlineImportCheckOptions>>().Value,
            sp.GetService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILoggerFactory>(),
            sp.GetService<IConnectorSecretResolver>()));
        services.TryAddSingleton(sp => new ConfigurationImporter(sp.GetRequiredService<IConfigurationImportCheck>()));
    }

    private static TaskSchedulerOptions ReadScheduler(IConfigurationSection section)
    {
        var scheduler = new TaskSchedulerOptions();

        // The binder appends to a list that already has items, so the default hour goes when hours are given.
        if (section.GetSection(nameof(TaskSchedulerOptions.CacheClearHoursUtc)).GetChildren().Any())
        {
            scheduler.CacheClearHoursUtc.Clear();
        }

        section.Bind(scheduler);
        return scheduler;
    }
}
