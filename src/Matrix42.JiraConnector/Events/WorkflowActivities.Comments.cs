using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Events;

/// <content>Transfer comments ESM → Jira.</content>
public sealed partial class WorkflowActivities
{
    private const string ServiceDeskPublicProperty = "sd.public.comment";

    /// <summary>
    /// Adds each new worklog entry of the card as a Jira comment (ADF), exactly once: an entry (identified by
    /// author, time and text) that is already paired, or whose text a comment of the issue already carries, is not
    /// posted again. Entries of the internal attribute go out as internal comments; when Jira refuses that, the
    /// entry fails and is never posted publicly instead.
    /// </summary>
    /// <param name="request">The task and card; the card must hold the issue id or key.</param>
    /// <param name="settings">Which worklog attributes to transfer.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome, with a part per posted or failed entry.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> PushCommentsAsync(
        ActivityRequest request, CommentTransferSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.WorklogAttribute, nameof(settings));
        return RunAsync("PushComments", request, membership: false,
            (context, ct) => PushCommentsCoreAsync(context, settings, ct), cancellationToken);
    }

    private async Task<ActivityOutcome> PushCommentsCoreAsync(
        ActivityContext context, CommentTransferSettings settings, CancellationToken cancellationToken)
    {
        var issue = IssueOf(context);
        var pending = new List<(EsmWorklogValue Entry, string Identity, bool Internal)>();
        foreach (var (attribute, isInternal) in AttributesOf(settings))
        {
            foreach (var entry in context.Card.ValuesOf(attribute).OfType<EsmWorklogValue>())
            {
                var identity = WorklogEntryIdentity.Of(entry.Author, entry.WrittenAt, entry.Value);
                var pairing = await _store.FindCommentPairingByWorklogEntryAsync(
                    ConnectorId, context.Card.DataCardId, identity, cancellationToken).ConfigureAwait(false);
                if (pairing is null && !string.IsNullOrWhiteSpace(entry.Value))
                {
                    pending.Add((entry, identity, isInternal));
                }
            }
        }

        if (pending.Count == 0)
        {
            return ActivityOutcome.Completed("No new worklog entries.");
        }

        var existing = await ExistingCommentsAsync(issue, cancellationToken).ConfigureAwait(false);
        var parts = new List<ActivityPart>();
        foreach (var (entry, identity, isInternal) in pending)
        {
            parts.Add(await PushEntryAsync(context, issue, entry, identity, isInternal, settings, existing,
                cancellationToken).ConfigureAwait(false));
        }

        return ActivityOutcome.FromParts("Pushed worklog entries", parts);
    }

    private static IEnumerable<(string Attribute, bool Internal)> AttributesOf(CommentTransferSettings settings)
    {
        yield return (settings.WorklogAttribute, false);
        if (!string.IsNullOrWhiteSpace(settings.InternalWorklogAttribute))
        {
            yield return (settings.InternalWorklogAttribute, true);
        }
    }

    private async Task<List<JiraComment>> ExistingCommentsAsync(string issue, CancellationToken cancellationToken)
    {
        var comments = new List<JiraComment>();
        await foreach (var comment in _jira.Comments.GetAllAsync(issue, cancellationToken).ConfigureAwait(false))
        {
            comments.Add(comment);
        }

        return comments;
    }

    private async Task<ActivityPart> PushEntryAsync(
        ActivityContext context, string issue, EsmWorklogValue entry, string identity, bool isInternal,
        CommentTransferSettings settings, List<JiraComment> existing, CancellationToken cancellationToken)
    {
        var name = isInternal ? "internal comment" : "comment";

        // A comment with the same text that is not paired yet is this entry: posted earlier with a lost answer, or
        // copied here from Jira. Pairing it instead of posting keeps both directions free of duplicates.
        var twin = await FindUnpairedTwinAsync(existing, entry.Value, cancellationToken).ConfigureAwait(false);
        if (twin is not null)
        {
            await PairAsync(context, issue, identity, twin, cancellationToken).ConfigureAwait(false);
            return new ActivityPart(name, ActivityStatus.Completed, $"Already in Jira as comment {twin.Id}.");
        }

        try
        {
            var added = await _jira.Comments.AddAsync(issue, ContentOf(entry, isInternal, settings), cancellationToken)
                .ConfigureAwait(false);
            await PairAsync(context, issue, identity, added, cancellationToken).ConfigureAwait(false);
            EventsLog.CommentAdded(_logger, context.TaskId, issue, added.Id ?? "?", context.Card.DataCardId);
            return new ActivityPart(name, ActivityStatus.Completed, $"Added as comment {added.Id}.");
        }
        catch (JiraApiException ex)
        {
            var status = JiraFailures.IsAmbiguous(ex) ? ActivityStatus.OutcomeUnknown : ActivityStatus.Failed;
            var refused = isInternal ? "Jira refused the internal comment (it was not posted publicly instead): " : "";
            return new ActivityPart(name, status, refused + ex.Message);
        }
    }

    private async Task<JiraComment?> FindUnpairedTwinAsync(
        List<JiraComment> existing, string text, CancellationToken cancellationToken)
    {
        var wanted = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        foreach (var comment in existing.Where(c => c.Id is not null && c.BodyText.Trim() == wanted))
        {
            var pairing = await _store.FindCommentPairingByJiraCommentAsync(ConnectorId, comment.Id!, cancellationToken)
                .ConfigureAwait(false);
            if (pairing is null)
            {
                return comment;
            }
        }

        return null;
    }

    private async Task PairAsync(
        ActivityContext context, string issue, string identity, JiraComment comment,
        CancellationToken cancellationToken)
    {
        var pairing = new CommentPairing(context.Card.DataCardId, identity, issue, comment.Id ?? string.Empty,
            CommentOrigin.Esm, _timeProvider.GetUtcNow());
        await _store.TryAddCommentPairingAsync(ConnectorId, pairing, cancellationToken).ConfigureAwait(false);
    }

    private static JiraCommentContent ContentOf(
        EsmWorklogValue entry, bool isInternal, CommentTransferSettings settings)
    {
        var content = JiraCommentContent.FromText(entry.Value);
        if (!isInternal)
        {
            return content;
        }

        return settings.InternalVisibility is { } visibility
            ? content with { Visibility = visibility }
            : content with
            {
                Properties = [new JiraEntityProperty
                {
                    Key = ServiceDeskPublicProperty,
                    Value = new JsonObject { ["internal"] = true },
                }],
            };
    }
}
