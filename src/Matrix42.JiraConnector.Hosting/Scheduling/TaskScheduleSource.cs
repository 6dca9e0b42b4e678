namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>A fixed list of schedules and trigger polls, for hosts that define their tasks in code.</summary>
public sealed class TaskScheduleSource : ITaskScheduleSource
{
    private readonly TaskScheduleEntry[] _tasks;
    private readonly TriggerPollEntry[] _polls;

    /// <summary>Creates the source.</summary>
    /// <param name="tasks">The scheduled tasks.</param>
    /// <param name="polls">The polled event tasks; none when <see langword="null"/>.</param>
    public TaskScheduleSource(IEnumerable<TaskScheduleEntry> tasks, IEnumerable<TriggerPollEntry>? polls = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        _tasks = [.. tasks];
        _polls = polls is null ? [] : [.. polls];
    }

    /// <inheritdoc />
    public IReadOnlyList<TaskScheduleEntry> GetScheduledTasks() => _tasks;

    /// <inheritdoc />
    public IReadOnlyList<TriggerPollEntry> GetTriggerPolls() => _polls;
}
