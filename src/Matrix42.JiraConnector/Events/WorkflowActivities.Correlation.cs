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
            return marker is null
                ? null
                : await FindByMarkerAsync(context, marker, cancellationToken).ConfigureAwait(false);
        }
    }

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
