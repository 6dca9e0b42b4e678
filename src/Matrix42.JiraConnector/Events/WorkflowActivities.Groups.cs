using System.Net;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <content>Create and delete groups.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>
    /// Creates a group named by the mapped field <c>name</c> and writes its group id back. Nothing is created when the
    /// card already holds a group id.
    /// </summary>
    /// <remarks>
    /// The card is marked in the state store before the create is sent and unmarked once the group id is written
    /// back. When a marked card is run again (after "outcome unknown" or a failed write-back), the group of that name
    /// is taken instead of answering "name in use", so a lost create answer never leaves the card without its id.
    /// </remarks>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>
    /// The outcome, with <c>groupId</c> in its values; <see cref="ActivityStatus.OutcomeUnknown"/> when the create
    /// answer was lost and the group could not be found by name in time (run the activity again later).
    /// </returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> CreateGroupAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("CreateGroup", request, membership: false, CreateGroupCoreAsync, cancellationToken);

    private async Task<ActivityOutcome> CreateGroupCoreAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var attribute = context.Task.WriteBack.GroupIdAttribute;
        if (context.TextOf(attribute) is { } held)
        {
            return ActivityOutcome.Completed($"The card already holds group {held}; no group was created.",
                values: new Dictionary<string, string> { ["groupId"] = held });
        }

        var name = MappedTexts(context, "name").FirstOrDefault()
                   ?? throw new ActivityInputException("Cannot create the group: no value for name.");
        var earlier = await IsCreatePendingAsync(context, cancellationToken).ConfigureAwait(false);
        var group = earlier ? await TryFindGroupAsync(name, cancellationToken).ConfigureAwait(false) : null;
        var adopted = group is not null;
        if (group is null)
        {
            await SetCreatePendingAsync(context, pending: true, cancellationToken).ConfigureAwait(false);
            try
            {
                group = await _jira.Groups.CreateAsync(name, cancellationToken).ConfigureAwait(false);
            }
            catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
            {
                EventsLog.DirectoryCreateAnswerLost(_logger, context.TaskId, context.Card.DataCardId, "group");
                group = await LookUpAsync(ct => FindGroupAsync(name, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (JiraApiException ex) when (earlier && ex.StatusCode == HttpStatusCode.BadRequest)
            {
                // "Name in use" after a create of this card whose answer was lost: that create made the group,
                // which the directory does not list yet.
                group = await LookUpAsync(ct => FindGroupAsync(name, ct), cancellationToken).ConfigureAwait(false);
                adopted = true;
            }
            catch (JiraApiException)
            {
                await SetCreatePendingAsync(context, pending: false, cancellationToken).ConfigureAwait(false);
                throw;
            }
        }

        if (group?.GroupId is not { } groupId)
        {
            return ActivityOutcome.Unknown(
                "Outcome unknown: Jira did not answer the group create and the name was not found afterwards. " +
                "Run the activity again later: it takes the group of that name instead of creating another.");
        }

        if (adopted)
        {
            EventsLog.GroupAdopted(_logger, context.TaskId, context.Card.DataCardId, groupId);
        }

        await WriteBackAsync(context, [(attribute, groupId)], cancellationToken).ConfigureAwait(false);
        await SetCreatePendingAsync(context, pending: false, cancellationToken).ConfigureAwait(false);
        var said = adopted
            ? $"Took group {groupId}, made by an earlier create of this card whose answer was lost."
            : $"Created group {groupId}.";
        return ActivityOutcome.Completed(said,
            values: new Dictionary<string, string> { ["groupId"] = groupId });
    }

    /// <summary>
    /// Deletes the card's groups by group id (from the role reference, or the card's group id attribute).
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="swapGroupId">
    /// A group that takes over comment and worklog restrictions of the deleted group; default none.
    /// </param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome, with a part per group.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> DeleteGroupAsync(
        ActivityRequest request, string? swapGroupId = null, CancellationToken cancellationToken = default) =>
        RunAsync("DeleteGroup", request, membership: false, async (context, ct) =>
        {
            var parts = new List<ActivityPart>();
            foreach (var groupId in await GroupIdsOfAsync(context, ct).ConfigureAwait(false))
            {
                try
                {
                    await _jira.Groups.DeleteAsync(groupId, swapGroupId, ct).ConfigureAwait(false);
                    parts.Add(new ActivityPart(groupId, ActivityStatus.Completed, "Deleted."));
                }
                catch (JiraApiException ex) when (!JiraFailures.IsAmbiguous(ex))
                {
                    parts.Add(new ActivityPart(groupId, ActivityStatus.Failed, ex.Message));
                }
            }

            return ActivityOutcome.FromParts("Deleted groups", parts);
        }, cancellationToken);

    /// <summary>One lookup by name; a failed call proves nothing, so it counts as not found.</summary>
    private async Task<JiraGroup?> TryFindGroupAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await FindGroupAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
        {
            return null;
        }
    }

    private async Task<JiraGroup?> FindGroupAsync(string name, CancellationToken cancellationToken)
    {
        var query = new JiraGroupQuery { GroupNames = [name] };
        await foreach (var group in _jira.Groups.GetGroupsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(group.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return group;
            }
        }

        return null;
    }
}
