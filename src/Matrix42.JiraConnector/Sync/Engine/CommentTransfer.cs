using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Appends new Jira comments of the run's new or changed issues to the card's worklog attribute, each exactly
/// once, using the connector's comment pairings: a comment already paired (copied earlier, or written from ESM
/// by an event task) is skipped, so nothing is duplicated or echoed back. Restricted and internal comments are
/// never copied.
/// </summary>
internal static class CommentTransfer
{
    public static async Task RunAsync(RunContext run, TargetRun target, CancellationToken cancellationToken)
    {
        var attribute = target.Spec.CommentAttribute!;
        var connector = run.Options.ConnectorId;
        foreach (var issueId in run.FetchedIssueIds.Distinct(StringComparer.Ordinal))
        {
            var key = EntityKey.ForIssue(issueId);
            if (target.CardIdOf(key) is not { } cardId)
            {
                continue;
            }

            await foreach (var comment in run.Jira.Comments.GetAllAsync(issueId, cancellationToken)
                               .ConfigureAwait(false))
            {
                if (comment.Id is not { } commentId || !IsPublic(comment) ||
                    await run.Store.FindCommentPairingByJiraCommentAsync(connector, commentId, cancellationToken)
                        .ConfigureAwait(false) is not null)
                {
                    continue;
                }

                await CopyAsync(run, target, attribute, cardId, issueId, comment, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    // Visibility (role or group restriction) and jsdPublic=false (internal note) both mean "not for customers".
    private static bool IsPublic(JiraComment comment) => comment.Visibility is null && comment.JsdPublic != false;

    private static async Task CopyAsync(
        RunContext run,
        TargetRun target,
        string attribute,
        string cardId,
        string issueId,
        JiraComment comment,
        CancellationToken cancellationToken)
    {
        try
        {
            await run.Esm.AddAttributeValuesAsync(
                target.Spec.Template, cardId, attribute, [EsmValue.Worklog(comment.BodyText)], cancellationToken)
                .ConfigureAwait(false);
        }
        catch (EsmApiException error)
        {
            run.Recorder.AddError(EntityKey.ForIssue(issueId), "comments", Errors.Describe(error));
            return;
        }

        // Paired right after the append; the lease keeps other runs of this task out in between. The pairing names
        // the worklog entry the way the event tasks identify it (author, time, text), so pushing the card's
        // worklog to Jira later recognises this entry as the Jira comment and does not echo it back.
        var entryId = await FindAppendedEntryAsync(run, target, attribute, cardId, comment, cancellationToken)
            .ConfigureAwait(false);
        var pairing = new CommentPairing(
            cardId,
            entryId ?? "jira-comment:" + comment.Id,
            issueId,
            comment.Id!,
            CommentOrigin.Jira,
            run.TimeProvider.GetUtcNow());
        await run.Store.TryAddCommentPairingAsync(run.Options.ConnectorId, pairing, CancellationToken.None)
            .ConfigureAwait(false);
    }

    // The newest entry of the attribute with the comment's text that no pairing claims yet; null when the card
    // cannot be read back, in which case the pairing falls back to the comment id alone.
    private static async Task<string?> FindAppendedEntryAsync(
        RunContext run,
        TargetRun target,
        string attribute,
        string cardId,
        JiraComment comment,
        CancellationToken cancellationToken)
    {
        EsmCard? card;
        try
        {
            card = await run.Esm.GetCardAsync(target.Spec.Template, cardId, [attribute], cancellationToken)
                .ConfigureAwait(false);
        }
        catch (EsmApiException)
        {
            return null;
        }

        var text = comment.BodyText.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var candidates = card?.ValuesOf(attribute).OfType<EsmWorklogValue>()
            .Where(e => e.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() == text)
            .Reverse() ?? [];
        foreach (var entry in candidates)
        {
            var identity = WorklogEntryIdentity.Of(entry.Author, entry.WrittenAt, entry.Value);
            if (await run.Store.FindCommentPairingByWorklogEntryAsync(
                    run.Options.ConnectorId, cardId, identity, cancellationToken).ConfigureAwait(false) is null)
            {
                return identity;
            }
        }

        return null;
    }
}
