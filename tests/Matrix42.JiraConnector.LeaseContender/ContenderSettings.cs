namespace Matrix42.JiraConnector.LeaseContender;

/// <summary>What one contender process does.</summary>
/// <param name="StatePath">The SQLite state file shared with the other process.</param>
/// <param name="Holder">The lease holder name of this process.</param>
/// <param name="Contention">How long to keep taking the lease once both contenders are ready.</param>
/// <param name="StaleFirst">Whether to start by holding a short lease past its expiry and committing under it
/// after another holder took over.</param>
internal sealed record ContenderSettings(string StatePath, string Holder, TimeSpan Contention, bool StaleFirst)
{
    /// <summary>How many contenders wait for each other before they start.</summary>
    public const int Contenders = 2;

    /// <summary>The one task every contender competes for.</summary>
    public const string TaskId = "contended-task";

    /// <summary>The lease of a normal holding: far longer than the holding, so it never expires under it.</summary>
    public static TimeSpan LeaseDuration { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The lease the stale holder lets run out.</summary>
    public static TimeSpan StaleLeaseDuration { get; } = TimeSpan.FromMilliseconds(400);

    /// <summary>How long a contender waits for the other to start.</summary>
    public static TimeSpan StartTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one holding lasts.</summary>
    public static TimeSpan HoldFor { get; } = TimeSpan.FromMilliseconds(60);
}
