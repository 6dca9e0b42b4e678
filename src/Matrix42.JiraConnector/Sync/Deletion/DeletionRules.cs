namespace Matrix42.JiraConnector.Sync.Deletion;

/// <summary>The values and limits deletion marking works with, taken from one target of a task.</summary>
internal sealed record DeletionRules
{
    /// <summary>The value for cards whose object is gone; <see langword="null"/> disables removal marking.</summary>
    public string? RemovedValue { get; init; }

    /// <summary>The value for cards of inactive users; <see langword="null"/> disables inactive marking.</summary>
    public string? InactiveValue { get; init; }

    /// <summary>Whether cards of reappeared objects get their state set back.</summary>
    public bool RestoreEnabled { get; init; }

    /// <summary>The largest share (0 to 1) of the task's active cards one run may mark.</summary>
    public double MaxShare { get; init; } = 0.2;

    /// <summary>The largest number of cards one run may mark; <see langword="null"/> for no count limit.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Marks even above the limits (the operator's override setting).</summary>
    public bool OverrideGuard { get; init; }
}
