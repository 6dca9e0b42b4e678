using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <content>Create and delete groups.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>
    /// Creates a group named by the mapped field <c>name</c> and writes its group id back. Nothing is created when the
    /// card already holds a group id.
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome, with <c>groupId</c> in its values.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> CreateGroupAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("CreateGroup", request, membership: false, async (context, ct) =>
        {
            var attribute = context.Task.WriteBack.GroupIdAttribute;
            if (context.TextOf(attribute) is { } held)
            {
                return ActivityOutcome.Completed($"The card already holds group {held}; no group was created.",
                    values: new Dictionary<string, string> { ["groupId"] = held });
            }

            var name = MappedTexts(context, "name").FirstOrDefault()
                       ?? throw new ActivityInputException("Cannot create the group: no value for name.");
            JiraGroup? group;
            try
            {
                group = await _jira.Groups.CreateAsync(name, ct).ConfigureAwait(false);
            }
            catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
            {
                group = await LookUpAsync(c => FindGroupAsync(name, c), ct).ConfigureAwait(false);
            }

            if (group?.GroupId is not { } groupId)
            {
                return ActivityOutcome.Unknown(
                    "Outcome unknown: Jira did not answer the group create and the name was not found afterwards.");
            }

            await WriteBackAsync(context, [(attribute, groupId)], ct).ConfigureAwait(false);
            return ActivityOutcome.Completed($"Created group {groupId}.",
                values: new Dictionary<string, string> { ["groupId"] = groupId });
        }, cancellationToken);

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
