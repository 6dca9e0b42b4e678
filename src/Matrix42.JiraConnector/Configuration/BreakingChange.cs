namespace Matrix42.JiraConnector.Configuration;

/// <summary>A change between two versions of a document that breaks workflows or stored cards.</summary>
/// <param name="Path">The setting path in the new document, e.g. <c>connectors[0].eventTasks[2].usage</c>.</param>
/// <param name="TaskId">The id of the task concerned.</param>
/// <param name="OldValue">The value before the change.</param>
/// <param name="NewValue">The value after the change.</param>
/// <param name="Reason">Why the change is breaking.</param>
public sealed record BreakingChange(string Path, string TaskId, string OldValue, string NewValue, string Reason);
