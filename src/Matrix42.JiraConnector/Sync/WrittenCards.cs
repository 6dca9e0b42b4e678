using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync;

/// <summary>
/// The cards a real run wrote, by entity key, in the order ESM confirmed the writes. Only confirmed writes are
/// listed; a card whose write failed is in the run's errors instead. Each list keeps at most
/// <see cref="MaxKeysPerList"/> entries; the counts in the run record stay exact.
/// </summary>
public sealed record WrittenCards
{
    /// <summary>How many entries each list keeps at most.</summary>
    public const int MaxKeysPerList = 1000;

    /// <summary>The entities whose cards were created.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<EntityKey> Created { get; init; } = [];

    /// <summary>The entities whose cards were updated.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<EntityKey> Updated { get; init; } = [];

    /// <summary>The cards marked removed or inactive.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<DeletionMark> Marked { get; init; } = [];

    /// <summary>The entities whose cards were restored to the active state.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<EntityKey> Restored { get; init; } = [];

    /// <summary>Whether a list reached <see cref="MaxKeysPerList"/> and later entries were left out.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool Truncated { get; init; }
}
