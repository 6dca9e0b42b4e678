namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>The exclusive right of one holder to run one task until <see cref="ExpiresAt"/>.</summary>
/// <param name="Key">The task the lease covers.</param>
/// <param name="Holder">The id of the scheduler instance holding the lease.</param>
/// <param name="FencingToken">
/// A number that grows with every grant of this task's lease; a commit carrying a smaller or replaced
/// token is refused.
/// </param>
/// <param name="ExpiresAt">When the lease lapses unless renewed.</param>
public sealed record TaskLease(TaskKey Key, string Holder, long FencingToken, DateTimeOffset ExpiresAt);
