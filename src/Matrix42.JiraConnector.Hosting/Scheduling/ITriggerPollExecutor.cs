namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Performs one pass of an event task's ESM trigger poll.</summary>
public interface ITriggerPollExecutor
{
    /// <summary>Polls the triggers of one event task once.</summary>
    /// <param name="key">The event task.</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    /// <returns>A task completing when the pass is over.</returns>
    Task PollAsync(TaskKey key, CancellationToken cancellationToken = default);
}
