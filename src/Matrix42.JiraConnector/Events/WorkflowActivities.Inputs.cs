using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Events;

/// <content>Reading inputs: mapped values and the ids behind person and role references.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>The values the task maps into a Jira field, after its value table; constants included.</summary>
    private static List<string> MappedTexts(ActivityContext context, string field)
    {
        var texts = new List<string>();
        foreach (var mapping in context.Task.Mappings.Where(m =>
                     string.Equals(m.Field, field, StringComparison.OrdinalIgnoreCase)))
        {
            IEnumerable<string> raw = mapping.Constant is { } constant
                ? [constant]
                : context.Values.TryGetValue(mapping.Source ?? string.Empty, out var values)
                    ? values.Select(v => v.ToString())
                    : [];
            texts.AddRange(raw
                .Select(t => mapping.ValueTable.TryGetValue(t, out var translated) ? translated : t)
                .Where(t => !string.IsNullOrWhiteSpace(t)));
        }

        return texts;
    }

    private async Task<string> AccountIdOfAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var ids = await FollowAsync(context, context.Task.PersonAttribute, context.Task.WriteBack.AccountIdAttribute,
            "account id", cancellationToken).ConfigureAwait(false);
        return ids.Count switch
        {
            0 => throw new ActivityInputException(
                $"The card gives no Jira account id (person attribute '{context.Task.PersonAttribute}', " +
                $"account id attribute '{context.Task.WriteBack.AccountIdAttribute}')."),
            1 => ids[0],
            _ => throw new ActivityInputException(
                $"The person attribute '{context.Task.PersonAttribute}' leads to {ids.Count} accounts; one is needed."),
        };
    }

    private async Task<IReadOnlyList<string>> GroupIdsOfAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var ids = await FollowAsync(context, context.Task.RoleAttribute, context.Task.WriteBack.GroupIdAttribute,
            "group id", cancellationToken).ConfigureAwait(false);
        return ids.Count > 0
            ? ids
            : throw new ActivityInputException(
                $"The card gives no Jira group id (role attribute '{context.Task.RoleAttribute}', " +
                $"group id attribute '{context.Task.WriteBack.GroupIdAttribute}').");
    }

    /// <summary>
    /// Without a reference attribute the card itself holds the id. Otherwise each value is either the id as text
    /// or a reference to a card (account or group) holding the id in <paramref name="idAttribute"/>.
    /// </summary>
    private async Task<IReadOnlyList<string>> FollowAsync(
        ActivityContext context, string? referenceAttribute, string? idAttribute, string what,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(referenceAttribute))
        {
            return context.TextOf(idAttribute) is { } own ? [own] : [];
        }

        var ids = new List<string>();
        foreach (var value in context.Card.ValuesOf(referenceAttribute))
        {
            switch (value)
            {
                case EsmTextValue text when !string.IsNullOrWhiteSpace(text.Value):
                    ids.Add(text.Value.Trim());
                    break;
                case EsmReferenceValue reference:
                    ids.Add(await FollowReferenceAsync(reference, idAttribute, what, cancellationToken)
                        .ConfigureAwait(false));
                    break;
            }
        }

        return ids;
    }

    private async Task<string> FollowReferenceAsync(
        EsmReferenceValue reference, string? idAttribute, string what, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idAttribute))
        {
            throw new ActivityInputException($"The task names no attribute holding the {what} of referenced cards.");
        }

        var template = reference.TemplateCode ?? throw new ActivityInputException(
            $"The reference to card {reference.DataCardId} names no template.");
        var card = await _esm.GetCardAsync(template, reference.DataCardId, [idAttribute], cancellationToken)
            .ConfigureAwait(false);
        var id = card?.ValuesOf(idAttribute).Select(v => v switch
        {
            EsmTextValue t => t.Value,
            EsmStaticValue s => s.Value ?? s.Code,
            _ => null,
        }).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return id ?? throw new ActivityInputException(
            $"Card {reference.DataCardId} ({template}) holds no {what} in '{idAttribute}'.");
    }
}
