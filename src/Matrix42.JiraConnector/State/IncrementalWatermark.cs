namespace Matrix42.JiraConnector.State;

/// <summary>
/// Where the next incremental run of a task starts reading: the largest Jira <c>updated</c> value among
/// loaded entities. It is independent of the cache and survives cache clears.
/// </summary>
/// <param name="UpdatedUpTo">The Jira <c>updated</c> value (never a local clock reading).</param>
/// <param name="CommittedAt">When the watermark was committed, by the store's clock.</param>
public sealed record IncrementalWatermark(DateTimeOffset UpdatedUpTo, DateTimeOffset CommittedAt);
