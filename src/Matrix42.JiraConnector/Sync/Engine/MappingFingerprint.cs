using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sync.Diff;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// A hash of everything in a task that decides what its cards receive. When it changes, cached hashes no longer
/// describe what the run would write, so the cache is cleared.
/// </summary>
internal static class MappingFingerprint
{
    public static string Compute(ScheduledTaskDefinition task)
    {
        var parts = new List<KeyValuePair<string, IReadOnlyList<string?>>>
        {
            new("task", [task.Id, task.MappingsType.ToString()]),
            new("memberships", [task.Memberships.StoredOn.ToString(), task.Memberships.Attribute]),
        };
        Add(parts, "identity", task.Identity);
        Add(parts, "accessRight", task.AccessRight);
        Add(parts, "generic", task.Generic);
        return ContentHash.Compute(parts);
    }

    private static void Add(
        List<KeyValuePair<string, IReadOnlyList<string?>>> parts,
        string name,
        ScheduledTargetDefinition? target)
    {
        if (target is null)
        {
            return;
        }

        parts.Add(new(name, [target.Template, target.TaskIdAttribute, target.DataSourceTypeAttribute,
            target.MatchKey.JiraPath, target.MatchKey.Attribute]));
        for (var i = 0; i < target.Mappings.Count; i++)
        {
            var m = target.Mappings[i];
            var table = string.Join('\u001f', m.ValueTable.OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => e.Key + "\u001e" + e.Value));
            parts.Add(new(
                string.Create(CultureInfo.InvariantCulture, $"{name}.mapping{i}"),
                [m.Source, m.Target, m.Constant, table, m.ValueTableDefault, m.JoinWith, m.ReferenceIndex]));
        }
    }
}
