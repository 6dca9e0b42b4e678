using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

/// <summary>Behaves like the inner store but reports every renewal as lost, as when another host took over.</summary>
internal sealed class RenewalRefusingStore(ITaskCoordinationStore inner) : ITaskCoordinationStore
{
    public ValueTask<TaskLease?> TryAcquireLeaseAsync(
        TaskKey key, string holder, TimeSpan duration, CancellationToken cancellationToken = default) =>
        inner.TryAcquireLeaseAsync(key, holder, duration, cancellationToken);

    public ValueTask<TaskLease?> TryRenewLeaseAsync(
        TaskLease lease, TimeSpan duration, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<TaskLease?>(null);

    public ValueTask ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default) =>
        inner.ReleaseLeaseAsync(lease, cancellationToken);

    public ValueTask<DateTimeOffset?> GetScheduleCheckpointAsync(
        TaskKey key, CancellationToken cancellationToken = default) =>
        inner.GetScheduleCheckpointAsync(key, cancellationToken);

    public ValueTask<bool> TryAdvanceScheduleCheckpointAsync(
        TaskKey key, DateTimeOffset occurrence, CancellationToken cancellationToken = default) =>
        inner.TryAdvanceScheduleCheckpointAsync(key, occurrence, cancellationToken);
}
