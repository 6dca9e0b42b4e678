using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting;

/// <summary>Further configuration of the connector host, returned by <c>AddJiraConnector</c>.</summary>
public sealed class JiraConnectorBuilder
{
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

    /// <summary>Registers the named Jira and ESM clients of a connector, once per connector id.</summary>
    internal void RegisterClients(ConnectorDefinition connector)
    {
        if (string.IsNullOrWhiteSpace(connector.Id) || !_clientNames.TryAdd(connector.Id))
        {
            // Missing and duplicate ids are reported together with every other problem at start.
            return;
        }

        Services.AddJiraCloudClient(connector.Id, options => ConnectorClientSettings.ApplyJira(connector, options))
            .AddHttpMessageHandler(sp => ApiCallTelemetry(sp, connector, Telemetry.ApiCallTelemetryHandler.Jira));
        Services.AddEsmClient(connector.Id, options => ConnectorClientSettings.ApplyEsm(connector, options))
            .AddHttpMessageHandler(sp => ApiCallTelemetry(sp, connector, Telemetry.ApiCallTelemetryHandler.Esm));
    }

    // Added last, so it sits below the clients' retry handlers and sees every attempt.
    private static Telemetry.ApiCallTelemetryHandler ApiCallTelemetry(
        IServiceProvider services, ConnectorDefinition connector, string service) =>
        new(services.GetRequiredService<Telemetry.ConnectorTelemetry>(), connector.Id!,
            connector.EnvironmentType.ToString(), service);
}
