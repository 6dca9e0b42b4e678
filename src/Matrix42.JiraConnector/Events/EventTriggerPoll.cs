using System.Security.Cryptography;
using System.Text;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Events;

/// <summary>
/// One pass of the ESM trigger of an event task: finds the cards that newly meet the condition or changed since they
/// last triggered, runs the activity once for each and records that the change was handled. A host runs it on a
/// schedule.
/// </summary>
/// <remarks>
/// A card's change mark is its last-modified attribute when the trigger names one, else a hash of the values the
/// task maps. The mark is stored whatever the outcome, so a failed or unknown run is not repeated until the card
/// changes again; in particular a create whose outcome is unknown is never retried by the poll.
/// </remarks>
public sealed class EventTriggerPoll
{
    private readonly WorkflowActivities _activities;
    private readonly IEsmClient _esm;
    private readonly IConnectorStateStore _store;
    private readonly ILogger _logger;

    /// <summary>Creates a poll.</summary>
    /// <param name="activities">The connector's activities (for task lookup).</param>
    /// <param name="esm">The connector's ESM client.</param>
    /// <param name="store">The state store holding the change marks.</param>
    /// <param name="logger">Logging; default none.</param>
    public EventTriggerPoll(
        WorkflowActivities activities, IEsmClient esm, IConnectorStateStore store,
        ILogger<EventTriggerPoll>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(esm);
        ArgumentNullException.ThrowIfNull(store);
        _activities = activities;
        _esm = esm;
        _store = store;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Runs one pass.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="cancellationToken">Stops the pass between cards.</param>
    /// <returns>The matched count and the runs.</returns>
    /// <exception cref="ArgumentException">The trigger's task does not exist.</exception>
    public async Task<TriggerPollResult> PollOnceAsync(
        EventTrigger trigger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var task = _activities.FindTask(trigger.Task);
        var taskId = task.Id ?? task.Name ?? trigger.Task;
        var map = CompiledWriteMap.Compile(task.Mappings);
        var marks = new Dictionary<string, (EsmCard Card, string Mark)>(StringComparer.Ordinal);
        await foreach (var card in _esm.QueryAsync(task.Template!, trigger.Condition, null, 200, cancellationToken)
                           .ConfigureAwait(false))
        {
            marks[card.DataCardId] = (card, MarkOf(card, trigger.LastModifiedAttribute, map));
        }

        var stored = await _store.GetTriggerHashesAsync(taskId, marks.Keys, cancellationToken).ConfigureAwait(false);
        var runs = new List<TriggeredRun>();
        foreach (var (id, (card, mark)) in marks.OrderBy(m => long.TryParse(m.Key, out var n) ? n : long.MaxValue))
        {
            if (stored.TryGetValue(id, out var last) && last == mark)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await trigger.Activity(ActivityRequest.ForCard(taskId, card), cancellationToken)
                .ConfigureAwait(false);
            runs.Add(new TriggeredRun(id, outcome));
            await _store.SetTriggerHashesAsync(taskId, new Dictionary<string, string> { [id] = mark },
                cancellationToken).ConfigureAwait(false);
        }

        EventsLog.TriggerPolled(_logger, taskId, marks.Count, runs.Count);
        return new TriggerPollResult(marks.Count, runs);
    }

    private static string MarkOf(EsmCard card, string? lastModifiedAttribute, CompiledWriteMap map)
    {
        var values = EsmValueConversion.FromEsmCard(card);
        string text;
        if (!string.IsNullOrWhiteSpace(lastModifiedAttribute))
        {
            text = "modified:" + string.Join("|", values.TryGetValue(lastModifiedAttribute, out var v) ? v : []);
        }
        else
        {
            text = "mapped:" + map.Write(values, JiraWriteMode.Update).Fields.ToJsonString();
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
