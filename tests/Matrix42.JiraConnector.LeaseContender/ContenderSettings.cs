namespace Matrix42.JiraConnector.LeaseContender;

/// <summary>What one contender process does.</summary>
/// <param name="StatePath">The SQLite state file shared with the other process.</param>
/// <param name="Holder">The lease holder name of this process.</param>
/// <param name="Deadline">When to stop taking the lease.</param>
/// <param name="StaleFirst">Whether to start by holding a short lease past its expiry and committing under it
/// after another holder took over.</param>
internal sealed record ContenderSettings(string StatePath, string Holder, DateTimeOffset Deadline, bool StaleFirst)
{
    /// <summary>The one task every contender competes for.</summary>
    public const string TaskId = "contended-task";

    /// <summary>The lease of a normal holding: far longer than the holding, so it never expires under it.</summary>
    public static TimeSpan LeaseDuration { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The lease the stale holder lets run out.</summary>
    public static TimeSpan StaleLeaseDuration { get; } = TimeSpan.FromMilliseconds(400);

    /// <summary>How long one holding lasts.</summary>
    public static TimeSpan HoldFor { get; } = TimeSpan.FromMilliseconds(60);
}
