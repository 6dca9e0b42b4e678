using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Events;

/// <content>Update Jira issue.</content>
public sealed partial class WorkflowActivities
{
    private static readonly string[] FieldsNotEdited = ["project", "issuetype", "status"];

    /// <summary>
    /// Sends the mapped fields that changed since the values last sent to Jira. A field whose value Jira already
    /// holds (for instance because the change came from Jira) is not sent back.
    /// </summary>
    /// <param name="request">The task and card; the card must hold the issue id or key.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> UpdateIssueAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("UpdateIssue", request, membership: false, UpdateIssueCoreAsync, cancellationToken);

    private async Task<ActivityOutcome> UpdateIssueCoreAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var issue = IssueOf(context);
        var fields = WriteMapOf(context).Write(context.Values, JiraWriteMode.Update).Fields;
        foreach (var field in FieldsNotEdited)
        {
            fields.Remove(field);
        }

        var sent = await _store.GetSentValuesAsync(context.TaskId, context.Card.DataCardId, cancellationToken)
            .ConfigureAwait(false);
        var changed = fields
            .Where(f => sent is null || !sent.TryGetValue(f.Key, out var last) ||
                        last != FieldValues.Fingerprint(f.Value))
            .Select(f => f.Key)
            .ToList();
        if (changed.Count == 0)
        {
            return ActivityOutcome.Completed("No mapped field changed since the last update; nothing was sent.");
        }

        var current = await _jira.Issues.GetAsync(issue, changed, null, cancellationToken).ConfigureAwait(false);
        var toSend = new JsonObject();
        foreach (var field in changed.Where(f => !FieldValues.Matches(fields[f], current.GetField(f))))
        {
            toSend[field] = fields[field]?.DeepClone();
        }

        if (toSend.Count > 0)
        {
            await _jira.Issues.UpdateAsync(issue, new JiraIssueUpdate { Fields = toSend }, true, cancellationToken)
                .ConfigureAwait(false);
        }

        EventsLog.FieldsSent(_logger, context.TaskId, context.Card.DataCardId, toSend.Count);
        await RememberSentAsync(context, fields, sent, cancellationToken).ConfigureAwait(false);
        return ActivityOutcome.Completed(toSend.Count == 0
            ? "Jira already holds the changed values; nothing was sent."
            : $"Sent {toSend.Count} changed field(s): {string.Join(", ", toSend.Select(f => f.Key))}.");
    }

    private static string IssueOf(ActivityContext context)
    {
        var writeBack = context.Task.WriteBack;
        return context.TextOf(writeBack.IssueIdAttribute) ?? context.TextOf(writeBack.IssueKeyAttribute)
            ?? throw new ActivityInputException(
                $"The card holds no Jira issue id or key (attributes '{writeBack.IssueIdAttribute}', " +
                $"'{writeBack.IssueKeyAttribute}').");
    }

    private async Task RememberSentAsync(
        ActivityContext context, JsonObject fields, IReadOnlyDictionary<string, string?>? earlier,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in earlier ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        foreach (var (key, value) in fields)
        {
            values[key] = FieldValues.Fingerprint(value);
        }

        await _store.SetSentValuesAsync(context.TaskId, context.Card.DataCardId, values, cancellationToken)
            .ConfigureAwait(false);
    }
}
