namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The scheduler's bookkeeping for one polled event task; guarded by the scheduler's lock.</summary>
internal sealed class TriggerPollSlot(TaskKey key, TimeSpan interval)
{
    public TaskKey Key { get; } = key;

    public TimeSpan Interval { get; } = interval;

    public DateTimeOffset NextDue { get; set; }

    public bool IsPolling { get; set; }
}
