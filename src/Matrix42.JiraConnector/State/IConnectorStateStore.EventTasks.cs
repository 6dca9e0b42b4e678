namespace Matrix42.JiraConnector.State;

/// <content>Per-card data of event tasks: trigger hashes and the values last sent to Jira.</content>
public partial interface IConnectorStateStore
{
    /// <summary>The trigger hashes stored for some cards, so a poll fires only for cards that changed.</summary>
    /// <param name="eventTaskId">The event task.</param>
    /// <param name="dataCardIds">The cards to look up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hashes found, by card id.</returns>
    Task<IReadOnlyDictionary<string, string>> GetTriggerHashesAsync(
        string eventTaskId,
        IReadOnlyCollection<string> dataCardIds,
        CancellationToken cancellationToken = default);

    /// <summary>Stores trigger hashes, replacing earlier ones for the same cards.</summary>
    /// <param name="eventTaskId">The event task.</param>
    /// <param name="hashes">The hashes by card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the hashes are stored.</returns>
    Task SetTriggerHashesAsync(
        string eventTaskId,
        IReadOnlyDictionary<string, string> hashes,
        CancellationToken cancellationToken = default);

    /// <summary>The field values last sent to Jira for a card, so an update sends only what changed.</summary>
    /// <param name="eventTaskId">The event task.</param>
    /// <param name="dataCardId">The card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The values by Jira field id, or <see langword="null"/> when nothing was sent yet.</returns>
    Task<IReadOnlyDictionary<string, string?>?> GetSentValuesAsync(
        string eventTaskId,
        string dataCardId,
        CancellationToken cancellationToken = default);

    /// <summary>Replaces the values last sent to Jira for a card.</summary>
    /// <param name="eventTaskId">The event task.</param>
    /// <param name="dataCardId">The card.</param>
    /// <param name="values">The values by Jira field id (serialized as text).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the values are stored.</returns>
    Task SetSentValuesAsync(
        string eventTaskId,
        string dataCardId,
        IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken = default);
}
