using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Reads the schedules of every connector's scheduled tasks from <see cref="JiraConnectorOptions"/>.</summary>
internal sealed class ConnectorDocumentScheduleSource(IOptions<JiraConnectorOptions> options) : ITaskScheduleSource
{
    public IReadOnlyList<TaskScheduleEntry> GetScheduledTasks() =>
    [
        .. from connector in options.Value.Document.Connectors
           from task in connector.ScheduledTasks
           where connector.Id is not null && task.Id is not null
           select new TaskScheduleEntry(new TaskKey(connector.Id!, task.Id!))
           {
               Cron = task.Schedule.Cron,
               TimeZone = task.Schedule.TimeZone,
               ManualOnly = task.Schedule.ManualOnly,
               Enabled = task.Enabled,

               // An empty list in the task means "the scheduler's hours", as documented on the task.
               CacheClearHoursUtc = task.CacheExpiryHoursUtc.Count == 0 ? null : [.. task.CacheExpiryHoursUtc],
           },
    ];

    public IReadOnlyList<TriggerPollEntry> GetTriggerPolls() => [.. options.Value.TriggerPolls];
}
