namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Gives connectors and tasks their stable ids. An id is generated only where none is set; an existing id is
/// never replaced, because task ids are stamped on every card the task writes.
/// </summary>
public static class ConfigurationIds
{
    /// <summary>Assigns a new id to every connector and task that has none.</summary>
    /// <param name="document">The document to complete in place.</param>
    /// <param name="newId">Creates an id; defaults to a random 32-character hexadecimal string.</param>
    /// <returns>The setting paths that received a new id, e.g. <c>connectors[0].scheduledTasks[1].id</c>.</returns>
    public static IReadOnlyList<string> AssignMissing(ConnectorConfigurationDocument document,
        Func<string>? newId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var create = newId ?? (() => Guid.NewGuid().ToString("N"));
        var assigned = new List<string>();

        for (var c = 0; c < document.Connectors.Count; c++)
        {
            var connector = document.Connectors[c];
            var prefix = $"connectors[{c}]";
            connector.Id = Ensure(connector.Id, $"{prefix}.id", create, assigned);

            for (var t = 0; t < connector.ScheduledTasks.Count; t++)
            {
                var task = connector.ScheduledTasks[t];
                task.Id = Ensure(task.Id, $"{prefix}.scheduledTasks[{t}].id", create, assigned);
            }

            for (var t = 0; t < connector.EventTasks.Count; t++)
            {
                var task = connector.EventTasks[t];
                task.Id = Ensure(task.Id, $"{prefix}.eventTasks[{t}].id", create, assigned);
            }
        }

        return assigned;
    }

    private static string Ensure(string? current, string path, Func<string> create, List<string> assigned)
    {
        if (!string.IsNullOrWhiteSpace(current))
        {
            return current;
        }

        assigned.Add(path);
        return create();
    }
}
