using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <content>Add a user to groups and remove a user from groups.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>
    /// Adds the person's account to every group of the role attribute. Completed only when every group succeeded;
    /// with <see cref="MembershipSemantics.Strict"/> an existing membership counts as a failure.
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome, with a part per group.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> AddUserToGroupsAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("AddUserToGroups", request, membership: true,
            (context, ct) => ChangeMembershipsAsync(context, add: true, ct), cancellationToken);

    /// <summary>
    /// Removes the person's account from every group of the role attribute. Completed only when every group
    /// succeeded; with <see cref="MembershipSemantics.Strict"/> removing a non-member counts as a failure.
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome, with a part per group.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> RemoveUserFromGroupsAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("RemoveUserFromGroups", request, membership: true,
            (context, ct) => ChangeMembershipsAsync(context, add: false, ct), cancellationToken);

    private async Task<ActivityOutcome> ChangeMembershipsAsync(
        ActivityContext context, bool add, CancellationToken cancellationToken)
    {
        // Both inputs are checked before the first Jira call.
        var accountId = await AccountIdOfAsync(context, cancellationToken).ConfigureAwait(false);
        var groupIds = await GroupIdsOfAsync(context, cancellationToken).ConfigureAwait(false);
        var strict = context.Task.MembershipSemantics == MembershipSemantics.Strict;
        var parts = new List<ActivityPart>();
        foreach (var groupId in groupIds.Distinct(StringComparer.Ordinal))
        {
            var part = await ChangeMembershipAsync(groupId, accountId, add, strict, cancellationToken)
                .ConfigureAwait(false);
            EventsLog.MembershipChanged(_logger, context.TaskId, groupId, part.Status);
            parts.Add(part);
        }

        return ActivityOutcome.FromParts(add ? "Added the user to groups" : "Removed the user from groups", parts);
    }

    private async Task<ActivityPart> ChangeMembershipAsync(
        string groupId, string accountId, bool add, bool strict, CancellationToken cancellationToken)
    {
        try
        {
            var isMember = await IsMemberAsync(groupId, accountId, cancellationToken).ConfigureAwait(false);
            if (isMember == add)
            {
                var state = add ? "is already a member" : "is not a member";
                return strict
                    ? new ActivityPart(groupId, ActivityStatus.Failed, $"The user {state}.")
                    : new ActivityPart(groupId, ActivityStatus.Completed, $"Nothing to do: the user {state}.");
            }

            if (add)
            {
                await _jira.Groups.AddMemberAsync(groupId, accountId, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _jira.Groups.RemoveMemberAsync(groupId, accountId, cancellationToken).ConfigureAwait(false);
            }

            return new ActivityPart(groupId, ActivityStatus.Completed, add ? "Added." : "Removed.");
        }
        catch (JiraApiException ex)
        {
            var reason = JiraFailures.IsNotFound(ex) ? "Jira knows no such group or user: " : string.Empty;
            return new ActivityPart(groupId, ActivityStatus.Failed, reason + ex.Message);
        }
    }

    private async Task<bool> IsMemberAsync(string groupId, string accountId, CancellationToken cancellationToken)
    {
        await foreach (var member in _jira.Groups.GetMembersAsync(groupId, true, cancellationToken)
                           .ConfigureAwait(false))
        {
            if (string.Equals(member.AccountId, accountId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
