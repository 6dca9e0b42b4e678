using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>One task as the task controller lists it.</summary>
/// <param name="Key">The connector and task ids.</param>
/// <param name="Name">The task name.</param>
/// <param name="Kind">Scheduled or event task.</param>
/// <param name="Enabled">Whether the task's schedule is active; always true for event tasks.</param>
/// <param name="Schedule">What the scheduler knows of a scheduled task; null for event tasks.</param>
/// <param name="LastRun">The newest run in the state store's history, if any.</param>
public sealed record ConnectorTaskInfo(
    TaskKey Key,
    string? Name,
    ConnectorTaskKind Kind,
    bool Enabled,
    TaskScheduleState? Schedule,
    RunRecord? LastRun);
