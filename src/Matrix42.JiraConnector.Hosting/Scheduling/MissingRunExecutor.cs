namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Stands in until the host names the executor of runs; every run fails with a clear message.</summary>
internal sealed class MissingRunExecutor : IScheduledRunExecutor
{
    public Task ExecuteAsync(SchedulerRunRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(
            $"Task {request.Key} cannot run: no scheduled run executor is registered. "
            + "Call UseRunExecutor<T>() on the AddJiraConnector builder.");
}
