namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Limits on how many cards one full run may mark removed; a run over a limit marks none and reports it,
/// because a sudden mass removal usually means a broken query or permission change, not real deletions.
/// </summary>
public sealed class DeletionGuardSettings
{
    /// <summary>The largest share (0 to 1) of the task's cards one run may mark removed.</summary>
    /// <value>Defaults to 0.2 (20 %).</value>
    public double MaxShare { get; set; } = 0.2;

    /// <summary>The largest number of cards one run may mark removed; <see langword="null"/> for no count
    /// limit.</summary>
    /// <value>No default (no count limit).</value>
    public int? MaxCount { get; set; }

    /// <summary>
    /// Marks cards even when a limit is exceeded, instead of holding the run for approval. Meant for a planned
    /// clean-up; switch it off again afterwards.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool Override { get; set; }
}
