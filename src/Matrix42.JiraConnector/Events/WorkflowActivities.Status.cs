using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Internal;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Events;

/// <content>Transfer resolution and status ESM → Jira.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>
    /// Moves the issue to the status the task maps (a mapping to the field <c>status</c>) through the transition
    /// that reaches it, sending only the mapped fields on that transition's screen. A required screen field without
    /// a value (e.g. <c>resolution</c>) fails the activity before the transition, naming the field.
    /// </summary>
    /// <param name="request">The task and card; the card must hold the issue id or key.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> PushStatusAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("PushStatus", request, membership: false, PushStatusCoreAsync, cancellationToken);

    private async Task<ActivityOutcome> PushStatusCoreAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var issue = IssueOf(context);
        var fields = WriteMapOf(context).Write(context.Values, JiraWriteMode.Create).Fields;
        var target = IdentityOf(fields["status"])
                     ?? throw new ActivityInputException(
                         $"The card gives no target status (task '{context.Task.Name}' must map the field 'status').");

        var current = await _jira.Issues.GetAsync(issue, ["status"], null, cancellationToken).ConfigureAwait(false);
        if (current.GetField("status") is { ValueKind: JsonValueKind.Object } status &&
            status.TryGetProperty("name", out var name) &&
            JsonText.TryGetString(name, out var held) && string.Equals(held, target,
                StringComparison.OrdinalIgnoreCase))
        {
            return ActivityOutcome.Completed($"The issue is already in status '{target}'.");
        }

        var transitions = await _jira.Issues.GetTransitionsAsync(issue, cancellationToken).ConfigureAwait(false);
        var transition = transitions.FirstOrDefault(t =>
                             string.Equals(t.To?.Name, target, StringComparison.OrdinalIgnoreCase) ||
                             string.Equals(t.To?.Id, target, StringComparison.Ordinal))
                         ?? throw new ActivityInputException(
                             $"No transition available for issue {issue} reaches status '{target}'.");

        var screenValues = ScreenValuesOf(transition, fields);
        await _jira.Issues.TransitionAsync(issue,
            new JiraTransitionRequest
            {
                TransitionId = transition.Id!,
                Fields = screenValues.Count == 0 ? null : screenValues,
            },
            cancellationToken).ConfigureAwait(false);
        return ActivityOutcome.Completed(
            $"Moved issue {issue} to '{target}' with transition '{transition.Name}'" +
            (screenValues.Count == 0 ? "." : $" ({string.Join(", ", screenValues.Select(f => f.Key))})."));
    }

    private static JsonObject ScreenValuesOf(JiraTransition transition, JsonObject fields)
    {
        var values = new JsonObject();
        var missing = new List<string>();
        foreach (var (id, meta) in transition.Fields)
        {
            if (fields[id] is { } value)
            {
                values[id] = value.DeepClone();
            }
            else if (meta.Required && !meta.HasDefaultValue)
            {
                missing.Add(id);
            }
        }

        return missing.Count == 0
            ? values
            : throw new ActivityInputException(
                $"The transition '{transition.Name}' requires {string.Join(", ", missing)}, " +
                "but the card gives no value.");
    }
}
