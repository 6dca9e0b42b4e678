using System.Collections.Concurrent;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Events;

/// <summary>
/// The workflow activities of one connector (ESM → Jira): create and update issues, push comments and status,
/// create and delete users and groups, change memberships. Each call takes an event task (by id or name) and a
/// card, checks every input before calling Jira, and returns an <see cref="ActivityOutcome"/> instead of throwing
/// for anything Jira or the card's data caused.
/// </summary>
/// <remarks>
/// When the task names a provisioning-exception attribute (and, for memberships, a group-membership-exception
/// attribute) the outcome's message is written there on failure and the attribute is emptied on a later success.
/// </remarks>
public sealed partial class WorkflowActivities
{
    private readonly ConnectorDefinition _connector;
    private readonly IJiraClient _jira;
    private readonly IEsmClient _esm;
    private readonly IConnectorStateStore _store;
    private readonly WorkflowActivityOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CompiledWriteMap> _maps = new(StringComparer.Ordinal);

    /// <summary>Creates the activities of a connector.</summary>
    /// <param name="connector">The connector; its id keys comment pairings and its event tasks are looked up.</param>
    /// <param name="jira">The connector's Jira client.</param>
    /// <param name="esm">The connector's ESM client.</param>
    /// <param name="store">The state store (comment pairings, values last sent to Jira).</param>
    /// <param name="options">Settings; defaults when omitted.</param>
    /// <param name="timeProvider">The clock for lookup pauses; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Logging; default none.</param>
    /// <exception cref="ArgumentException">The connector has no id.</exception>
    public WorkflowActivities(
        ConnectorDefinition connector,
        IJiraClient jira,
        IEsmClient esm,
        IConnectorStateStore store,
        WorkflowActivityOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<WorkflowActivities>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(jira);
        ArgumentNullException.ThrowIfNull(esm);
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(connector.Id))
        {
            throw new ArgumentException("The connector has no id.", nameof(connector));
        }

        _connector = connector;
        _jira = jira;
        _esm = esm;
        _store = store;
        _options = options ?? new WorkflowActivityOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    private string ConnectorId => _connector.Id!;

    /// <summary>Finds an event task by id, else by name (names compare ignoring case).</summary>
    /// <param name="idOrName">The id or name.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentException">No task has that id or name, or it lacks a template.</exception>
    public EventTaskDefinition FindTask(string idOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        var task = _connector.EventTasks.FirstOrDefault(t => string.Equals(t.Id, idOrName, StringComparison.Ordinal))
                   ?? _connector.EventTasks.FirstOrDefault(t =>
                       string.Equals(t.Name, idOrName, StringComparison.OrdinalIgnoreCase))
                   ?? throw new ArgumentException($"No event task has the id or name '{idOrName}'.", nameof(idOrName));
        return string.IsNullOrWhiteSpace(task.Template)
            ? throw new ArgumentException($"The event task '{idOrName}' names no template.", nameof(idOrName))
            : task;
    }

    private async Task<ActivityOutcome> RunAsync(
        string activity,
        ActivityRequest request,
        bool membership,
        Func<ActivityContext, CancellationToken, Task<ActivityOutcome>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var task = FindTask(request.Task);
        var taskId = task.Id ?? task.Name ?? request.Task;
        EsmCard? card;
        try
        {
            card = request.Card
                   ?? await LoadCardAsync(task, request.DataCardId, cancellationToken).ConfigureAwait(false);
        }
        catch (EsmApiException ex)
        {
            // Reading the card is part of the activity: a refused login or read fails it like any later ESM call.
            var failed = ActivityOutcome.Failed($"ESM refused a call: {ex.Message}");
            EventsLog.ActivityEnded(_logger, activity, taskId, request.DataCardId ?? string.Empty, failed.Status);
            return failed;
        }

        if (card is null)
        {
            EventsLog.CardMissing(_logger, activity, taskId, request.DataCardId);
            return ActivityOutcome.Failed($"Card {request.DataCardId} was not found in template '{task.Template}'.");
        }

        var context = new ActivityContext(task, taskId, card, EsmValueConversion.FromEsmCard(card));
        ActivityOutcome outcome;
        try
        {
            outcome = await body(context, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivityInputException ex)
        {
            outcome = ActivityOutcome.Failed(ex.Message);
        }
        catch (JiraApiException ex)
        {
            outcome = ActivityOutcome.Failed(ex.Message);
        }
        catch (EsmApiException ex)
        {
            outcome = ActivityOutcome.Failed($"ESM refused a call: {ex.Message}");
        }
        catch (MappingCompilationException ex)
        {
            outcome = ActivityOutcome.Failed($"The task's mappings cannot be compiled: {ex.Message}");
        }

        EventsLog.ActivityEnded(_logger, activity, taskId, card.DataCardId, outcome.Status);
        await RecordExceptionAsync(context, outcome, membership, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<EsmCard?> LoadCardAsync(
        EventTaskDefinition task, string? dataCardId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(dataCardId))
        {
            throw new ArgumentException("The request names neither a card nor a card id.", nameof(dataCardId));
        }

        return await _esm.GetCardAsync(task.Template!, dataCardId, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Repeats a lookup after a creating call lost its answer, waiting before each attempt because Jira's search and
    /// directory lag behind writes.
    /// </summary>
    private async Task<T?> LookUpAsync<T>(Func<CancellationToken, Task<T?>> lookup, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; attempt <= _options.LookupAttempts; attempt++)
        {
            await Task.Delay(_options.LookupDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            try
            {
                if (await lookup(cancellationToken).ConfigureAwait(false) is { } found)
                {
                    return found;
                }
            }
            catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
            {
                // A failed lookup proves nothing either way; the next attempt may succeed.
            }
        }

        return null;
    }

    private CompiledWriteMap WriteMapOf(ActivityContext context) =>
        _maps.GetOrAdd(context.TaskId, _ => CompiledWriteMap.Compile(context.Task.Mappings));

    private async Task WriteBackAsync(
        ActivityContext context, IEnumerable<(string? Attribute, string Value)> values,
        CancellationToken cancellationToken)
    {
        var set = new EsmAttributeSet();
        foreach (var (attribute, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(attribute))
            {
                set.Set(attribute, EsmValue.Text(value));
            }
        }

        if (set.Count > 0)
        {
            await _esm.ModifyAsync(context.Template, context.Card.DataCardId, set, null, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
