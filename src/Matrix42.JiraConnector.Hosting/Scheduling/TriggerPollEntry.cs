namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>An event task whose ESM triggers the scheduler polls on an interval.</summary>
/// <param name="Key">The event task.</param>
/// <param name="Interval">
/// The time between the start of one poll and the next; <see langword="null"/> means
/// <see cref="TaskSchedulerOptions.TriggerPollInterval"/>.
/// </param>
public sealed record TriggerPollEntry(TaskKey Key, TimeSpan? Interval = null);
