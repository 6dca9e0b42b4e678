namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Tells the scheduler which tasks to run and which event triggers to poll.</summary>
public interface ITaskScheduleSource
{
    /// <summary>The scheduled tasks with their schedules.</summary>
    /// <returns>One entry per scheduled task; keys are unique.</returns>
    IReadOnlyList<TaskScheduleEntry> GetScheduledTasks();

    /// <summary>The event tasks whose triggers are polled.</summary>
    /// <returns>One entry per polled event task; keys are unique.</returns>
    IReadOnlyList<TriggerPollEntry> GetTriggerPolls();
}
