using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Tasks;

namespace Matrix42.JiraConnector.Hosting.Triggers;

/// <summary>Turns the enabled triggers of a connector document into the definitions code would declare.</summary>
internal static class DocumentTriggers
{
    /// <summary>The enabled triggers of the connector's event tasks, in task order.</summary>
    /// <remarks>
    /// A trigger the offline validation refuses (no task id, an unknown activity, an unsafe code or text) is left
    /// out here; the validation names it when the host starts, so nothing runs on a half-read trigger.
    /// </remarks>
    public static IEnumerable<EventTriggerDefinition> Of(ConnectorDefinition connector)
    {
        foreach (var task in connector.EventTasks)
        {
            if (task is not { Trigger: { Enabled: true } settings } || string.IsNullOrWhiteSpace(task.Id)
                || !TryBuild(task.Id, settings, out var definition))
            {
                continue;
            }

            yield return definition;
        }
    }

    private static bool TryBuild(string taskId, EventTriggerSettings settings, out EventTriggerDefinition definition)
    {
        definition = null!;
        EventActivityKind? activity = null;
        if (settings.Activity is { } configured)
        {
            if (ActivityOf(configured) is not { } kind)
            {
                return false;
            }

            activity = kind;
        }

        EsmFilter? condition;
        try
        {
            condition = ConditionOf(settings.Conditions ?? []);
        }
        catch (EsmFilterException)
        {
            return false;
        }

        definition = new EventTriggerDefinition
        {
            TaskId = taskId,
            Activity = activity,
            Condition = condition,
            LastModifiedAttribute = string.IsNullOrWhiteSpace(settings.LastModifiedAttribute)
                ? null
                : settings.LastModifiedAttribute,
            Interval = settings.IntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        return true;
    }

    // The EQL builder checks every code and quotes every text, refusing what it cannot quote safely.
    private static EsmFilter? ConditionOf(IList<EventTriggerCondition> conditions)
    {
        var parts = new List<EsmFilter>(conditions.Count);
        foreach (var condition in conditions)
        {
            if (condition?.Attribute is not { } attribute || condition.EqualTo is not { } value)
            {
                throw new EsmFilterException("A condition names no attribute or text.");
            }

            parts.Add(Eql.Attr(attribute).Eq(value));
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Eql.All(parts),
        };
    }

    private static EventActivityKind? ActivityOf(EventTriggerActivity activity) => activity switch
    {
        EventTriggerActivity.CreateIssue => EventActivityKind.CreateIssue,
        EventTriggerActivity.UpdateIssue => EventActivityKind.UpdateIssue,
        EventTriggerActivity.PushStatus => EventActivityKind.PushStatus,
        EventTriggerActivity.CreateUser => EventActivityKind.CreateUser,
        EventTriggerActivity.DeleteUser => EventActivityKind.DeleteUser,
        EventTriggerActivity.CreateGroup => EventActivityKind.CreateGroup,
        EventTriggerActivity.DeleteGroup => EventActivityKind.DeleteGroup,
        EventTriggerActivity.AddUserToGroups => EventActivityKind.AddUserToGroups,
        EventTriggerActivity.RemoveUserFromGroups => EventActivityKind.RemoveUserFromGroups,
        _ => null,
    };
}
