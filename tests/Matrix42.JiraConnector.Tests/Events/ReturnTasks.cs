using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Sync.Snapshots;

namespace Matrix42.JiraConnector.Tests.Events;

/// <summary>The scheduled tasks that bring Jira's side of the two-way scenarios back to ESM.</summary>
internal static class ReturnTasks
{
    public static ScheduledTaskRunner Runner(EventHarness h) => new(h.JiraClient, h.EsmClient, h.Store,
        new ScheduledTaskRunnerOptions { Snapshots = new ExtractSnapshotOptions { Enabled = false } }, h.Time);

    public static ScheduledTaskDefinition Generic(
        string id, string jql, string template, params AttributeMappingDefinition[] mappings) => new()
    {
        Id = id,
        Name = "Return " + id,
        MappingsType = MappingsType.Generic,
        Jql = jql,
        Generic = new ScheduledTargetDefinition
        {
            Template = template,
            Folder = template + "s",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings = [.. mappings],
        },
    };

    public static AttributeMappingDefinition Read(
        string source, string target, params (string From, string To)[] table) => new()
    {
        Source = source,
        Target = target,
        ValueTable = table.ToDictionary(t => t.From, t => t.To),
    };
}
