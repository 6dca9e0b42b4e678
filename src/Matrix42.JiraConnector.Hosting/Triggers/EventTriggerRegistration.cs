using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting.Triggers;

/// <summary>A trigger declared in code, with the event task it belongs to.</summary>
/// <param name="Key">The connector id and the event task id.</param>
/// <param name="Definition">The trigger.</param>
internal sealed record EventTriggerRegistration(TaskKey Key, EventTriggerDefinition Definition);
