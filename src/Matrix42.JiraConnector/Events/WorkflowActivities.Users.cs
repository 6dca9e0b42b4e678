using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <content>Create and delete users.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>
    /// Gives a person access to the Jira site by e-mail (the mapped field <c>emailAddress</c>) and products (the
    /// mapped field <c>products</c>) and writes the account id back. Jira Cloud takes no display name and no
    /// password, and needs organisation-admin rights. Nothing is created when the card already holds an account id.
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <remarks>
    /// A create whose answer was lost is looked up by e-mail. Running the activity again is safe whatever happened:
    /// Jira answers a create for an address that already has site access with that account, not a second one.
    /// </remarks>
    /// <returns>
    /// The outcome, with <c>accountId</c> in its values; <see cref="ActivityStatus.OutcomeUnknown"/> when the create
    /// answer was lost and the address was not found in time.
    /// </returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> CreateUserAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("CreateUser", request, membership: false, CreateUserCoreAsync, cancellationToken);

    /// <summary>
    /// Removes a user's access to the site by account id (from the person reference, or the card's account id
    /// attribute). The Atlassian account itself remains.
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> DeleteUserAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("DeleteUser", request, membership: false, async (context, ct) =>
        {
            var accountId = await AccountIdOfAsync(context, ct).ConfigureAwait(false);
            try
            {
                await _jira.Users.DeleteAsync(accountId, ct).ConfigureAwait(false);
            }
            catch (JiraApiException ex) when (JiraFailures.IsNotFound(ex))
            {
                return ActivityOutcome.Failed($"Jira knows no user {accountId}: {ex.Message}");
            }

            return ActivityOutcome.Completed($"Removed user {accountId} from the site.");
        }, cancellationToken);

    private async Task<ActivityOutcome> CreateUserCoreAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var attribute = context.Task.WriteBack.AccountIdAttribute;
        if (context.TextOf(attribute) is { } held)
        {
            return ActivityOutcome.Completed($"The card already holds account {held}; no user was created.",
                values: new Dictionary<string, string> { ["accountId"] = held });
        }

        var email = MappedTexts(context, "emailAddress").FirstOrDefault()
                    ?? throw new ActivityInputException("Cannot create the user: no value for emailAddress.");
        var products = MappedTexts(context, "products")
            .SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (products.Count == 0)
        {
            throw new ActivityInputException("Cannot create the user: no value for products (e.g. jira-software).");
        }

        JiraUser? user;
        try
        {
            user = await _jira.Users.CreateAsync(new JiraUserCreate { EmailAddress = email, Products = products },
                cancellationToken).ConfigureAwait(false);
        }
        catch (JiraApiException ex) when (JiraFailures.IsAmbiguous(ex))
        {
            EventsLog.DirectoryCreateAnswerLost(_logger, context.TaskId, context.Card.DataCardId, "user");
            user = await LookUpAsync(ct => FindUserAsync(email, ct), cancellationToken).ConfigureAwait(false);
        }

        if (user?.AccountId is not { } accountId)
        {
            return ActivityOutcome.Unknown(
                "Outcome unknown: Jira did not answer the user create and the address was not found afterwards. " +
                "Run the activity again later: Jira answers a create for an existing address with that account.");
        }

        await WriteBackAsync(context, [(attribute, accountId)], cancellationToken).ConfigureAwait(false);
        return ActivityOutcome.Completed($"Created user {accountId}.",
            values: new Dictionary<string, string> { ["accountId"] = accountId });
    }

    private async Task<JiraUser?> FindUserAsync(string email, CancellationToken cancellationToken)
    {
        await foreach (var user in _jira.Users.SearchAsync(email, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(user.EmailAddress, email, StringComparison.OrdinalIgnoreCase))
            {
                return user;
            }
        }

        return null;
    }
}
