namespace Matrix42.JiraConnector.State;

/// <summary>
/// The right to run one task, held until <see cref="ExpiresAt"/>. Every commit of cache entries, watermarks
/// or removed keys carries the lease; the store refuses it once a newer lease exists, the lease was released,
/// or it expired.
/// </summary>
/// <param name="TaskId">The task.</param>
/// <param name="Holder">Who holds it (host and worker name), for diagnostics.</param>
/// <param name="FencingToken">
/// A number that grows with every acquisition of the task's lease and is never reused.
/// </param>
/// <param name="AcquiredAt">When the lease was acquired.</param>
/// <param name="ExpiresAt">When the lease lapses unless renewed.</param>
public sealed record TaskLease(
    string TaskId,
    string Holder,
    long FencingToken,
    DateTimeOffset AcquiredAt,
    DateTimeOffset ExpiresAt);
