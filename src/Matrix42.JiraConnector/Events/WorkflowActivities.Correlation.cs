using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <content>Creating an issue once, and finding it again after a lost answer.</content>
public sealed partial class WorkflowActivities
{
    private async Task<(string Id, string Key)?> CreateOrFindAsync(
        ActivityContext context, JsonObject fields, string? marker, CancellationToken cancellationToken)
    {
        try
        {
            var created = await _jira.Issues.CreateAsync(new JiraIssueCreate { Fields = fields }, cancellationToken)
                .ConfigureAwait(false);
            return (created.Id ?? string.Empty, created.Key ?? string.Empty);
        }
        catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
        {
            EventsLog.CreateAnswerLost(_logger, context.TaskId, context.Card.DataCardId);
            return marker is null ? null : await FindByMarkerAsync(context, marker, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(string Id, string Key)?> FindByMarkerAsync(
        ActivityContext context, string marker, CancellationToken cancellationToken)
    {
        var request = new JiraSearchRequest { Jql = marker + " ORDER BY created ASC", Fields = ["key"] };
        for (var attempt = 1; attempt <= _options.LookupAttempts; attempt++)
        {
            // Search lags behind writes, so the first lookup waits too.
            await Task.Delay(_options.LookupDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            var found = new List<JiraIssue>();
            try
            {
                await foreach (var issue in _jira.Search.SearchAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    found.Add(issue);
                }
            }
            catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
            {
                // A failed lookup proves nothing either way; the next attempt may succeed.
            }

            EventsLog.LookupAttempt(_logger, context.TaskId, context.Card.DataCardId, attempt, found.Count);
            if (found.Count > 0)
            {
                return (found[0].Id ?? string.Empty, found[0].Key ?? string.Empty);
            }
        }

        return null;
    }
}
