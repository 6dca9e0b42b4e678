namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Compares two versions of a configuration and lists the changes that break existing use: an event task's
/// usage or mappings type (workflows call the task for one purpose) and a scheduled task's name (immutable).
/// Tasks are matched by id.
/// </summary>
public static class BreakingChangeDetector
{
    /// <summary>Lists the breaking changes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The saved configuration.</param>
    /// <param name="after">The edited configuration.</param>
    /// <returns>The breaking changes; empty when there are none.</returns>
    public static IReadOnlyList<BreakingChange> Detect(ConnectorConfigurationDocument before,
        ConnectorConfigurationDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var oldEvents = new Dictionary<string, EventTaskDefinition>(StringComparer.Ordinal);
        var oldScheduled = new Dictionary<string, ScheduledTaskDefinition>(StringComparer.Ordinal);
        foreach (var connector in before.Connectors)
        {
            foreach (var task in connector.EventTasks.Where(t => t.Id is not null))
            {
                oldEvents.TryAdd(task.Id!, task);
            }

            foreach (var task in connector.ScheduledTasks.Where(t => t.Id is not null))
            {
                oldScheduled.TryAdd(task.Id!, task);
            }
        }

        var changes = new List<BreakingChange>();
        for (var c = 0; c < after.Connectors.Count; c++)
        {
            var connector = after.Connectors[c];
            for (var t = 0; t < connector.EventTasks.Count; t++)
            {
                var task = connector.EventTasks[t];
                if (task.Id is null || !oldEvents.TryGetValue(task.Id, out var old))
                {
                    continue;
                }

                var path = $"connectors[{c}].eventTasks[{t}]";
                if (old.Usage != task.Usage)
                {
                    changes.Add(new BreakingChange($"{path}.usage", task.Id, old.Usage.ToString(),
                        task.Usage.ToString(),
                        "Workflows that call this task expect its former usage."));
                }

                if (old.MappingsType != task.MappingsType)
                {
                    changes.Add(new BreakingChange($"{path}.mappingsType", task.Id, old.MappingsType.ToString(),
                        task.MappingsType.ToString(),
                        "Workflows that call this task expect its former mappings type."));
                }
            }

            for (var t = 0; t < connector.ScheduledTasks.Count; t++)
            {
                var task = connector.ScheduledTasks[t];
                if (task.Id is not null && oldScheduled.TryGetValue(task.Id, out var old) &&
                    !string.Equals(old.Name, task.Name, StringComparison.Ordinal))
                {
                    changes.Add(new BreakingChange($"connectors[{c}].scheduledTasks[{t}].name", task.Id,
                        old.Name ?? string.Empty, task.Name ?? string.Empty,
                        "A scheduled task's name cannot change after creation."));
                }
            }
        }

        return changes;
    }
}
