using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Events;

/// <content>Writing and clearing the card's exception attributes.</content>
public sealed partial class WorkflowActivities
{
    private async Task RecordExceptionAsync(
        ActivityContext context, ActivityOutcome outcome, bool membership, CancellationToken cancellationToken)
    {
        var attributes = new List<string>();
        if (!string.IsNullOrWhiteSpace(context.Task.ProvisioningExceptionAttribute))
        {
            attributes.Add(context.Task.ProvisioningExceptionAttribute);
        }

        if (membership && !string.IsNullOrWhiteSpace(context.Task.GroupMembershipExceptionAttribute))
        {
            attributes.Add(context.Task.GroupMembershipExceptionAttribute);
        }

        foreach (var attribute in attributes)
        {
            try
            {
                await WriteExceptionAsync(context, attribute, outcome, cancellationToken).ConfigureAwait(false);
            }
            catch (EsmApiException ex)
            {
                // The activity's own outcome stands; a card that cannot take the text is only logged.
                EventsLog.ExceptionAttributeFailed(_logger, context.TaskId, context.Card.DataCardId, attribute, ex);
            }
        }
    }

    private async Task WriteExceptionAsync(
        ActivityContext context, string attribute, ActivityOutcome outcome, CancellationToken cancellationToken)
    {
        var current = context.TextOf(attribute);
        if (outcome.IsCompleted)
        {
            if (current is not null)
            {
                await _esm.ClearAttributeAsync(context.Template, context.Card.DataCardId, attribute, cancellationToken)
                    .ConfigureAwait(false);
            }

            return;
        }

        var text = outcome.Message.Length > _options.MaxExceptionTextLength
            ? outcome.Message[.._options.MaxExceptionTextLength]
            : outcome.Message;
        await _esm.ReplaceAttributeAsync(
                context.Template, context.Card.DataCardId, attribute, [EsmValue.Text(text)], cancellationToken)
            .ConfigureAwait(false);
    }
}
