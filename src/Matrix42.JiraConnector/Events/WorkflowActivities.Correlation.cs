using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <content>Creating an issue once, and finding it again after a lost answer.</content>
public sealed partial class WorkflowActivities
{
    private async Task<(string Id, string Key)?> CreateOrFindAsync(
        ActivityContext context, JsonObject fields, string? marker, CancellationToken cancellationToken)
    {
        // A create of this card whose answer was lost before may have been applied: look for it again before
        // sending another one, so running the activity again after "outcome unknown" cannot make a duplicate.
        if (marker is not null && await IsCreatePendingAsync(context, cancellationToken).ConfigureAwait(false) &&
            await FindByMarkerAsync(context, marker, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            await SetCreatePendingAsync(context, pending: false, cancellationToken).ConfigureAwait(false);
            return earlier;
        }

        try
        {
            var created = await _jira.Issues.CreateAsync(new JiraIssueCreate { Fields = fields }, cancellationToken)
                .ConfigureAwait(false);
            await SetCreatePendingAsync(context, pending: false, cancellationToken).ConfigureAwait(false);
            return (created.Id ?? string.Empty, created.Key ?? string.Empty);
        }
        catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
        {
            EventsLog.CreateAnswerLost(_logger, context.TaskId, context.Card.DataCardId);
            await SetCreatePendingAsync(context, pending: true, cancellationToken).ConfigureAwait(false);
            var found = marker is null
                ? null
                : await FindByMarkerAsync(context, marker, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                await SetCreatePendingAsync(context, pending: false, cancellationToken).ConfigureAwait(false);
            }

            return found;
        }
    }

    // The pending flag lives beside the task's "values sent to Jira", under a key of its own.
    private static string CreatePendingKey(ActivityContext context) => context.TaskId + "#create-pending";

    private async Task<bool> IsCreatePendingAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await _store.GetSentValuesAsync(CreatePendingKey(context), context.Card.DataCardId, cancellationToken)
            .ConfigureAwait(false) is { Count: > 0 };

    private Task SetCreatePendingAsync(ActivityContext context, bool pending, CancellationToken cancellationToken) =>
        _store.SetSentValuesAsync(
            CreatePendingKey(context),
            context.Card.DataCardId,
            pending ? new Dictionary<string, string?> { ["pending"] = "true" } : new Dictionary<string, string?>(),
            CancellationToken.None);

    private async Task<(string Id, string Key)?> FindByMarkerAsync(
        ActivityContext context, string marker, CancellationToken cancellationToken)
    {
        var request = new JiraSearchRequest { Jql = marker + " ORDER BY created ASC", Fields = ["key"] };
        var attempt = 0;
        var issue = await LookUpAsync(async ct =>
        {
            var found = new List<JiraIssue>();
            await foreach (var hit in _jira.Search.SearchAsync(request, ct).ConfigureAwait(false))
            {
                found.Add(hit);
            }

            EventsLog.LookupAttempt(_logger, context.TaskId, context.Card.DataCardId, ++attempt, found.Count);
            return found.FirstOrDefault();
        }, cancellationToken).ConfigureAwait(false);
        return issue is null ? null : (issue.Id ?? string.Empty, issue.Key ?? string.Empty);
    }
}
