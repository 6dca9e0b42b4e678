namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>A run the scheduler decided on but has not started yet.</summary>
internal sealed record PendingRun(RunReason Reason, DateTimeOffset Occurrence);
