namespace Matrix42.JiraConnector.State;

/// <summary>Status, times and information text of one phase of a run.</summary>
public sealed record RunPhase
{
    /// <summary>A phase that has not run.</summary>
    public static RunPhase NotRun { get; } = new();

    /// <summary>The status.</summary>
    /// <value><see cref="RunPhaseStatus.NotRun"/> by default.</value>
    public RunPhaseStatus Status { get; init; }

    /// <summary>When the phase was planned to start.</summary>
    public DateTimeOffset? PlannedAt { get; init; }

    /// <summary>When the phase actually started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the phase completed (in any final status).</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>A short human-readable summary of what happened.</summary>
    public string? Info { get; init; }
}
