using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Issue calls: moving an issue to a status through the transition that leads there.</summary>
internal sealed partial class JiraIssueOperations
{
    public async Task<JiraTransition> TransitionToStatusAsync(
        string issueIdOrKey, string targetStatus, JsonObject? fields = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Text(targetStatus, nameof(targetStatus));
        var transitions = await GetTransitionsAsync(issueIdOrKey, cancellationToken).ConfigureAwait(false);
        var transition = transitions.FirstOrDefault(t => LeadsTo(t, targetStatus))
            ?? throw new InvalidOperationException(
                $"No transition available now leads {issueIdOrKey} to '{targetStatus}'. Reachable: " +
                string.Join(", ", transitions.Select(t => t.To?.Name ?? "?").Distinct()) +
                ". The caller may also lack the Transition Issues permission.");

        // Fields that are not on the transition screen make Jira refuse the whole call.
        var onScreen = new JsonObject();
        foreach (var (name, value) in fields ?? [])
        {
            if (transition.Fields.ContainsKey(name) && value is not null)
            {
                onScreen[name] = value.DeepClone();
            }
        }

        var missing = transition.Fields
            .Where(f => f.Value.Required && !f.Value.HasDefaultValue && !onScreen.ContainsKey(f.Key))
            .Select(f => f.Key)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The transition '{transition.Name}' to '{targetStatus}' requires values for: " +
                string.Join(", ", missing) + ". Nothing was sent to Jira.");
        }

        var request = new JiraTransitionRequest
        {
            TransitionId = transition.Id!,
            Fields = onScreen.Count == 0 ? null : onScreen,
        };
        await TransitionAsync(issueIdOrKey, request, cancellationToken).ConfigureAwait(false);
        return transition;
    }

    private static bool LeadsTo(JiraTransition transition, string targetStatus) =>
        transition.Id is not null && transition.To is { } to &&
        (string.Equals(to.Name, targetStatus, StringComparison.OrdinalIgnoreCase) ||
         string.Equals(to.Id, targetStatus, StringComparison.Ordinal));
}
