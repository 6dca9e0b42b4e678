using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Secrets;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting;

/// <summary>Further configuration of the connector host, returned by <c>AddJiraConnector</c>.</summary>
public sealed class JiraConnectorBuilder
{
    /// <summary>The configuration section <see cref="UseConfigurationSecrets(string)"/> reads by default.</summary>
    public const string DefaultSecretsSection = "JiraConnectorSecrets";

    private readonly ConnectorClientNames _clientNames;

    internal JiraConnectorBuilder(IServiceCollection services, ConnectorClientNames clientNames)
    {
        Services = services;
        _clientNames = clientNames;
    }

    /// <summary>The service collection being configured.</summary>
    /// <value>The collection <c>AddJiraConnector</c> was called on.</value>
    public IServiceCollection Services { get; }

    /// <summary>Adds a connector defined in code, with its own Jira and ESM clients.</summary>
    /// <param name="connector">The connector; its <see cref="ConnectorDefinition.Id"/> must be set and unique.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder AddConnector(ConnectorDefinition connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        Services.Configure<JiraConnectorOptions>(options => options.Document.Connectors.Add(connector));
        RegisterClients(connector);
        RegisterDocumentTriggers(connector);
        return this;
    }

    /// <summary>Keeps state in memory: lost on restart and not shared between processes; for tests.</summary>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseInMemoryState()
    {
        Services.RemoveAll<IConnectorStateStore>();
        Services.RemoveAll<IScheduleCheckpointStore>();
        Services.AddSingleton<IConnectorStateStore>(
            sp => new InMemoryConnectorStateStore(sp.GetService<TimeProvider>()));
        Services.AddSingleton<IScheduleCheckpointStore, InMemoryScheduleCheckpointStore>();
        return MarkStateStoreChosen();
    }

    /// <summary>
    /// Marks that a state store was registered by an extension (such as <c>UseSqliteState</c>), which must register
    /// both <see cref="IConnectorStateStore"/> and <see cref="IScheduleCheckpointStore"/>.
    /// </summary>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder MarkStateStoreChosen()
    {
        Services.Configure<JiraConnectorOptions>(options => options.StateStoreChosen = true);
        return this;
    }

    /// <summary>Changes scheduler settings after they were read from configuration.</summary>
    /// <param name="configure">Changes the settings.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder ConfigureScheduler(Action<TaskSchedulerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure<JiraConnectorOptions>(options => configure(options.Scheduler));
        return this;
    }

    /// <summary>Polls the ESM triggers of an event task on an interval.</summary>
    /// <param name="poll">The event task and its interval.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder AddTriggerPoll(TriggerPollEntry poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        Services.Configure<JiraConnectorOptions>(options => options.TriggerPolls.Add(poll));
        return this;
    }

    /// <summary>
    /// Polls ESM for the cards of an event task that meet a condition and runs the task's activity once for each
    /// new or changed card, with the connector's own clients. Any number of event tasks can have a trigger, one each.
    /// </summary>
    /// <param name="connectorId">The connector the event task belongs to.</param>
    /// <param name="trigger">The event task, activity, condition and interval.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The connector id or the task id is empty.</exception>
    /// <remarks>
    /// The trigger is checked with the rest of the configuration when the host starts: the connector and the event
    /// task must exist and a task can have only one trigger. The poll runs through the
    /// <see cref="ITriggerPollExecutor"/>; this method registers the built-in one unless
    /// <see cref="UseTriggerPoller{TPoller}"/> chose another.
    /// </remarks>
    public JiraConnectorBuilder AddEventTrigger(string connectorId, Triggers.EventTriggerDefinition trigger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentNullException.ThrowIfNull(trigger);
        if (string.IsNullOrWhiteSpace(trigger.TaskId))
        {
            throw new ArgumentException("The trigger names no event task id.", nameof(trigger));
        }

        var key = new TaskKey(connectorId, trigger.TaskId);
        Services.Configure<JiraConnectorOptions>(options =>
            options.EventTriggers.Add(new Triggers.EventTriggerRegistration(key, trigger)));
        Services.TryAddSingleton<ITriggerPollExecutor, Triggers.EventTriggerPollExecutor>();
        return AddTriggerPoll(new TriggerPollEntry(key, trigger.Interval));
    }

    /// <summary>
    /// Changes the settings of the workflow activities (correlation marker, lookups after lost answers).
    /// </summary>
    /// <param name="configure">Changes the settings.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder ConfigureWorkflowActivities(Action<Events.WorkflowActivityOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Names the service that performs a scheduled run when the scheduler starts one.</summary>
    /// <typeparam name="TExecutor">The executor type, registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseRunExecutor<TExecutor>()
        where TExecutor : class, IScheduledRunExecutor
    {
        Services.RemoveAll<IScheduledRunExecutor>();
        Services.AddSingleton<IScheduledRunExecutor, TExecutor>();
        return this;
    }

    /// <summary>
    /// Runs scheduled tasks with the core sync runner, on each connector's own clients and the chosen state store.
    /// </summary>
    /// <param name="configure">Changes the runner settings (batch sizes, snapshots); none when null.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseSyncRunner(Action<Sync.ScheduledTaskRunnerOptions>? configure = null)
    {
        var runnerOptions = Services.AddOptions<Sync.ScheduledTaskRunnerOptions>();
        runnerOptions.Configure<IOptions<JiraConnectorOptions>>((runner, host) =>
        {
            // The runner's lease outlives a renewal period of the scheduler's settings.
            runner.LeaseDuration = host.Value.Scheduler.LeaseDuration;
            runner.Holder = host.Value.Scheduler.InstanceId ?? runner.Holder;
        });
        if (configure is not null)
        {
            runnerOptions.Configure(configure);
        }

        Services.RemoveAll<IScheduledRunExecutor>();
        Services.AddSingleton<IScheduledRunExecutor, Runs.SyncRunExecutor>();
        return this;
    }

    /// <summary>Names the service that performs one trigger poll of an event task.</summary>
    /// <typeparam name="TPoller">The poller type, registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseTriggerPoller<TPoller>()
        where TPoller : class, ITriggerPollExecutor
    {
        Services.RemoveAll<ITriggerPollExecutor>();
        Services.AddSingleton<ITriggerPollExecutor, TPoller>();
        return this;
    }

    /// <summary>
    /// Chooses the service that looks up the secrets connector documents name by reference (the Jira API token and
    /// the ESM WebAPI password written as <c>{ "environmentVariable": "NAME" }</c>), in place of the process
    /// environment.
    /// </summary>
    /// <typeparam name="TResolver">The resolver type, registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The start-up validation asks the resolver for every reference and names each one it cannot resolve.
    /// </remarks>
    public JiraConnectorBuilder UseSecretResolver<TResolver>()
        where TResolver : class, IConnectorSecretResolver
    {
        Services.RemoveAll<IConnectorSecretResolver>();
        Services.AddSingleton<IConnectorSecretResolver, TResolver>();
        return this;
    }

    /// <summary>Looks up the secrets connector documents name by reference with a function.</summary>
    /// <param name="resolve">
    /// Returns the secret for a reference name, or <see langword="null"/> when there is none.
    /// </param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseSecretResolver(Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        Services.RemoveAll<IConnectorSecretResolver>();
        Services.AddSingleton<IConnectorSecretResolver>(new DelegateSecretResolver(resolve));
        return this;
    }

    /// <summary>
    /// Looks up the secrets connector documents name by reference in the <see cref="DefaultSecretsSection"/>
    /// section of the host's <c>IConfiguration</c>; see <see cref="UseConfigurationSecrets(string)"/>.
    /// </summary>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseConfigurationSecrets() => UseConfigurationSecrets(DefaultSecretsSection);

    /// <summary>
    /// Looks up the secrets connector documents name by reference in the host's <c>IConfiguration</c> (user
    /// secrets, Azure Key Vault or any other configuration provider): the reference <c>NAME</c> is the key
    /// <c>sectionName:NAME</c>, and a double underscore in the name stands for the key separator.
    /// </summary>
    /// <param name="sectionName">The configuration section holding the secrets.</param>
    /// <returns>This builder.</returns>
    /// <remarks>The host must register <c>IConfiguration</c>, as the generic host does.</remarks>
    public JiraConnectorBuilder UseConfigurationSecrets(string sectionName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        Services.RemoveAll<IConnectorSecretResolver>();
        Services.AddSingleton<IConnectorSecretResolver>(sp =>
            new ConfigurationSecretResolver(sp.GetRequiredService<IConfiguration>().GetSection(sectionName)));
        return this;
    }

    /// <summary>
    /// Looks up the secrets connector documents name by reference in the given configuration: the reference
    /// <c>NAME</c> is its key <c>NAME</c>, and a double underscore in the name stands for the key separator.
    /// </summary>
    /// <param name="secrets">The configuration (usually a section) holding the secrets.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder UseConfigurationSecrets(IConfiguration secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        Services.RemoveAll<IConnectorSecretResolver>();
        Services.AddSingleton<IConnectorSecretResolver>(new ConfigurationSecretResolver(secrets));
        return this;
    }

    /// <summary>
    /// Adds health checks: the scheduler runs, the last run of each task, and for every connector registered so far
    /// Jira (reachable, credentials valid, API token not expiring soon) and ESM (reachable, login works).
    /// </summary>
    /// <param name="tags">Tags for the checks, e.g. <c>ready</c>; none when empty.</param>
    /// <returns>This builder.</returns>
    public JiraConnectorBuilder AddHealthChecks(params string[] tags)
    {
        var checks = Services.AddHealthChecks()
            .AddCheck<Health.SchedulerHealthCheck>("jiraconnector-scheduler", tags: tags)
            .AddCheck<Health.TaskRunsHealthCheck>("jiraconnector-task-runs", tags: tags);
        foreach (var id in _clientNames.Ids)
        {
            checks.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                $"jiraconnector-jira-{id}",
                sp => new Health.JiraConnectionHealthCheck(sp.GetRequiredService<IConnectorClientRegistry>(), id),
                null,
                tags));
            checks.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                $"jiraconnector-esm-{id}",
                sp => new Health.EsmConnectionHealthCheck(sp.GetRequiredService<IConnectorClientRegistry>(), id),
                null,
                tags));
        }

        return this;
    }

    /// <summary>
    /// Registers the enabled triggers of the connector's event tasks as <see cref="AddEventTrigger"/> would, so a
    /// trigger declared in code for the same task is reported as a duplicate at start.
    /// </summary>
    internal void RegisterDocumentTriggers(ConnectorDefinition connector)
    {
        if (string.IsNullOrWhiteSpace(connector.Id))
        {
            return;
        }

        foreach (var trigger in Triggers.DocumentTriggers.Of(connector))
        {
            AddEventTrigger(connector.Id, trigger);
        }
    }

    /// <summary>Registers the named Jira and ESM clients of a connector, once per connector id.</summary>
    internal void RegisterClients(ConnectorDefinition connector)
    {
        if (string.IsNullOrWhiteSpace(connector.Id) || !_clientNames.TryAdd(connector.Id))
        {
            // Missing and duplicate ids are reported together with every other problem at start.
            return;
        }

        // The client options are filled in by the second step, which can ask the chosen secret resolver.
        Services.AddJiraCloudClient(connector.Id, static _ => { })
            .AddHttpMessageHandler(sp => ApiCallTelemetry(sp, connector, Telemetry.ApiCallTelemetryHandler.Jira));
        Services.AddOptions<JiraClientOptions>(connector.Id).Configure<IConnectorSecretResolver>(
            (options, secrets) => ConnectorClientSettings.ApplyJira(connector, options, secrets));
        Services.AddEsmClient(connector.Id, static _ => { })
            .AddHttpMessageHandler(sp => ApiCallTelemetry(sp, connector, Telemetry.ApiCallTelemetryHandler.Esm));
        Services.AddOptions<Esm.EsmClientOptions>(connector.Id).Configure<IConnectorSecretResolver>(
            (options, secrets) => ConnectorClientSettings.ApplyEsm(connector, options, secrets));
    }

    // Added last, so it sits below the clients' retry handlers and sees every attempt.
    private static Telemetry.ApiCallTelemetryHandler ApiCallTelemetry(
        IServiceProvider services, ConnectorDefinition connector, string service) =>
        new(services.GetRequiredService<Telemetry.ConnectorTelemetry>(), connector.Id!,
            connector.EnvironmentType.ToString(), service);
}
