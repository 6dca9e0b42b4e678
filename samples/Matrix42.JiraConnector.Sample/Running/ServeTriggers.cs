using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Triggers;
using Matrix42.JiraConnector.Sample.Cli;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// Turns the <c>Sample:Triggers</c> section into the hosting package's trigger definitions for
/// <c>AddEventTrigger</c>; the configuration document itself has no place for triggers.
/// </summary>
internal static class ServeTriggers
{
    /// <summary>One trigger, ready for <c>AddEventTrigger(ConnectorId, Definition)</c>.</summary>
    public sealed record Entry(string ConnectorId, EventTaskDefinition Task, EventTriggerDefinition Definition,
        string Description);

    /// <summary>The triggers, or the problems of the section, each naming its entry.</summary>
    public static (List<Entry> Triggers, List<string> Problems) Build(
        IReadOnlyList<SampleTriggerOptions> options, ConnectorConfigurationDocument document)
    {
        var triggers = new List<Entry>();
        var problems = new List<string>();
        for (var i = 0; i < options.Count; i++)
        {
            var path = $"Sample:Triggers:{i}";
            var entry = Build(options[i], document, path, problems);
            if (entry is not null)
            {
                triggers.Add(entry);
            }
        }

        return (triggers, problems);
    }

    private static Entry? Build(
        SampleTriggerOptions trigger, ConnectorConfigurationDocument document, string path, List<string> problems)
    {
        var before = problems.Count;
        var connector = ConnectorOf(trigger, document, path, problems);
        var task = trigger.Task is null ? null
            : connector?.EventTasks.FirstOrDefault(t => string.Equals(t.Id, trigger.Task, StringComparison.Ordinal))
              ?? connector?.EventTasks.FirstOrDefault(
                  t => string.Equals(t.Name, trigger.Task, StringComparison.OrdinalIgnoreCase));
        if (trigger.Task is null)
        {
            problems.Add($"{path}:Task is required: the id or name of an event task.");
        }
        else if (connector is not null && task?.Id is null)
        {
            problems.Add($"{path}:Task: connector '{connector.Id}' has no event task '{trigger.Task}' with an id.");
        }

        if (trigger.Activity is not null && !EventActivity.All.Contains(trigger.Activity))
        {
            problems.Add($"{path}:Activity '{trigger.Activity}' is not one of {string.Join(", ", EventActivity.All)}.");
        }

        if ((trigger.Attribute is null) != (trigger.Value is null))
        {
            problems.Add($"{path}: Attribute and Value go together; give both or neither.");
        }

        if (trigger.IntervalSeconds is < 1)
        {
            problems.Add($"{path}:IntervalSeconds must be at least 1 (is {trigger.IntervalSeconds}).");
        }

        var condition = ConditionOf(trigger, path, problems);
        if (problems.Count > before)
        {
            return null;
        }

        var activity = trigger.Activity ?? EventRuns.DefaultActivity(task!);
        var definition = new EventTriggerDefinition
        {
            TaskId = task!.Id!,
            Activity = EventActivity.KindOf(activity),
            Condition = condition,
            Interval = trigger.IntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Arguments = activity == EventActivity.PushComments
                ? new EventActivityArguments
                {
                    Comments = new Events.CommentTransferSettings { WorklogAttribute = trigger.Worklog },
                }
                : null,
        };
        var when = condition is null ? "every card" : $"cards with {trigger.Attribute} = '{trigger.Value}'";
        var every = trigger.IntervalSeconds is { } s ? $"every {s} s" : "on the trigger poll interval";
        return new Entry(connector!.Id!, task, definition, $"{activity} for {when}, {every}");
    }

    private static ConnectorDefinition? ConnectorOf(
        SampleTriggerOptions trigger, ConnectorConfigurationDocument document, string path, List<string> problems)
    {
        if (trigger.Connector is null)
        {
            if (document.Connectors.Count == 1)
            {
                return document.Connectors[0];
            }

            problems.Add($"{path}:Connector is required: the document has {document.Connectors.Count} connectors.");
            return null;
        }

        var connector = document.Connectors.FirstOrDefault(
            c => string.Equals(c.Id, trigger.Connector, StringComparison.Ordinal));
        if (connector is null)
        {
            problems.Add($"{path}:Connector: no connector has the id '{trigger.Connector}'.");
        }

        return connector;
    }

    private static EsmFilter? ConditionOf(SampleTriggerOptions trigger, string path, List<string> problems)
    {
        if (trigger.Attribute is null || trigger.Value is null)
        {
            return null;
        }

        try
        {
            return Eql.Attr(trigger.Attribute).Eq(trigger.Value);
        }
        catch (EsmFilterException e)
        {
            problems.Add($"{path}:Attribute: {e.Message}");
            return null;
        }
    }
}
