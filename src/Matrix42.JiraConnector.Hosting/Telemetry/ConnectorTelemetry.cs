using System.Diagnostics;
using System.Diagnostics.Metrics;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <summary>
/// The connector host's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="Name"/>, with the tags <c>connector</c>, <c>task</c> and <c>environment_type</c>.
/// Listen with OpenTelemetry (<c>AddSource</c>/<c>AddMeter</c> with this name) or any listener.
/// </summary>
public sealed partial class ConnectorTelemetry : IDisposable
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Matrix42.JiraConnector.Hosting";

    /// <summary>The <c>environment_type</c> of a connector the host does not know.</summary>
    internal const string UnknownEnvironment = "unknown";

    private readonly Meter _meter;
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _runDuration;
    private readonly Counter<long> _entities;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _environmentTypes;

    /// <summary>Creates the instruments from the host's meter factory; run metrics then carry
    /// <c>environment_type</c> <c>unknown</c>.</summary>
    /// <param name="meterFactory">The meter factory of the host.</param>
    public ConnectorTelemetry(IMeterFactory meterFactory)
        : this(meterFactory, static () => new Dictionary<string, string>(StringComparer.Ordinal))
    {
    }

    /// <summary>Creates the instruments from the host's meter factory and reads the connectors' environment types
    /// from the host options.</summary>
    /// <param name="meterFactory">The meter factory of the host.</param>
    /// <param name="options">The host options whose connectors give <c>environment_type</c>.</param>
    public ConnectorTelemetry(IMeterFactory meterFactory, IOptions<JiraConnectorOptions> options)
        : this(meterFactory, () => EnvironmentTypesOf(options))
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    private ConnectorTelemetry(IMeterFactory meterFactory, Func<IReadOnlyDictionary<string, string>> environments)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _environmentTypes = new(environments, LazyThreadSafetyMode.PublicationOnly);
        _meter = meterFactory.Create(Name);
        _runs = _meter.CreateCounter<long>("jiraconnector.runs", "{run}", "Task runs ended, by result.");
        _runDuration = _meter.CreateHistogram<double>("jiraconnector.run.duration", "s", "Duration of task runs.");
        _entities = _meter.CreateCounter<long>(
            "jiraconnector.entities", "{entity}", "Entities handled by runs, by outcome.");
        _phaseDuration = _meter.CreateHistogram<double>(
            "jiraconnector.phase.duration", "s", "Duration of the extract and load phases of task runs.");
        _apiCalls = _meter.CreateCounter<long>(
            "jiraconnector.api.calls", "{call}", "HTTP attempts sent to Jira and ESM, retries included.");
        _apiRetries = _meter.CreateCounter<long>(
            "jiraconnector.api.retries", "{call}", "HTTP attempts that repeat a call after a failed attempt.");
        _apiRateLimited = _meter.CreateCounter<long>(
            "jiraconnector.api.rate_limited", "{response}", "429 Too Many Requests answers from Jira and ESM.");
        _activities = _meter.CreateCounter<long>(
            "jiraconnector.activities", "{activity}", "Event activities ended, by status.");
        _activityDuration = _meter.CreateHistogram<double>(
            "jiraconnector.activity.duration", "s", "Duration of event activities.");
    }

    /// <summary>The activity source for spans of runs, their phases and their API calls.</summary>
    /// <value>Named <see cref="Name"/>.</value>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Starts the span of one run.</summary>
    /// <param name="key">The task.</param>
    /// <param name="reason">Why the run started.</param>
    /// <returns>The span, or <see langword="null"/> when nobody listens.</returns>
    public static System.Diagnostics.Activity? StartRun(TaskKey key, RunReason reason)
    {
        var span = Source.StartActivity("ScheduledRun", ActivityKind.Internal);
        span?.SetTag("connector", key.ConnectorId);
        span?.SetTag("task", key.TaskId);
        span?.SetTag("reason", reason.ToString());
        return span;
    }

    /// <summary>Records how a run ended and how long it took.</summary>
    /// <param name="key">The task.</param>
    /// <param name="result">How the run ended.</param>
    /// <param name="duration">How long it ran.</param>
    public void RecordRun(TaskKey key, SchedulerRunResult result, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "connector", key.ConnectorId },
            { "task", key.TaskId },
            { "environment_type", EnvironmentTypeOf(key.ConnectorId) },
            { "result", result.ToString() },
        };
        _runs.Add(1, tags);
        _runDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Adds a run's entity counts to the <c>jiraconnector.entities</c> counter, one series per outcome.
    /// </summary>
    /// <param name="key">The task.</param>
    /// <param name="counts">The run's counts.</param>
    /// <param name="environmentType">The connector's environment type, e.g. <c>Prod</c>.</param>
    public void RecordEntities(TaskKey key, RunCounts counts, string environmentType)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Add("read", counts.Read);
        Add("created", counts.Created);
        Add("updated", counts.Updated);
        Add("unchanged", counts.Unchanged);
        Add("failed", counts.Failed);
        Add("marked_inactive", counts.MarkedInactive);
        Add("marked_removed", counts.MarkedRemoved);

        void Add(string outcome, int value)
        {
            if (value > 0)
            {
                _entities.Add(value, new TagList
                {
                    { "connector", key.ConnectorId },
                    { "task", key.TaskId },
                    { "environment_type", environmentType },
                    { "outcome", outcome },
                });
            }
        }
    }

    /// <summary>Disposes the meter.</summary>
    public void Dispose() => _meter.Dispose();

    /// <summary>The environment type of a connector of the host, or <see cref="UnknownEnvironment"/>.</summary>
    internal string EnvironmentTypeOf(string connectorId) =>
        _environmentTypes.Value.TryGetValue(connectorId, out var type) ? type : UnknownEnvironment;

    private static Dictionary<string, string> EnvironmentTypesOf(IOptions<JiraConnectorOptions> options)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var connector in options.Value.Document.Connectors)
            {
                if (connector.Id is { } id)
                {
                    types.TryAdd(id, connector.EnvironmentType.ToString());
                }
            }
        }
        catch (OptionsValidationException)
        {
            // A host with invalid options does not start; metrics must not fail for it meanwhile.
        }

        return types;
    }
}
