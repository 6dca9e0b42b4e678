namespace Matrix42.JiraConnector.State;

/// <content>Trigger hashes and values last sent to Jira.</content>
public sealed partial class InMemoryConnectorStateStore
{
    private readonly Dictionary<(string Task, string CardId), string> _triggerHashes = [];
    private readonly Dictionary<(string Task, string CardId), IReadOnlyDictionary<string, string?>> _sentValues = [];

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> GetTriggerHashesAsync(
        string eventTaskId,
        IReadOnlyCollection<string> dataCardIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentNullException.ThrowIfNull(dataCardIds);
        return Complete<IReadOnlyDictionary<string, string>>(() =>
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var cardId in dataCardIds)
            {
                if (_triggerHashes.TryGetValue((eventTaskId, cardId), out var hash))
                {
                    found[cardId] = hash;
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetTriggerHashesAsync(
        string eventTaskId,
        IReadOnlyDictionary<string, string> hashes,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentNullException.ThrowIfNull(hashes);
        return Complete(() =>
        {
            foreach (var (cardId, hash) in hashes)
            {
                _triggerHashes[(eventTaskId, cardId)] = hash;
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string?>?> GetSentValuesAsync(
        string eventTaskId,
        string dataCardId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        return Complete(() => _sentValues.GetValueOrDefault((eventTaskId, dataCardId)), cancellationToken);
    }

    /// <inheritdoc />
    public Task SetSentValuesAsync(
        string eventTaskId,
        string dataCardId,
        IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        ArgumentNullException.ThrowIfNull(values);

        // A private copy, so the caller changing its dictionary later cannot change what was stored.
        var copy = new Dictionary<string, string?>(values, StringComparer.Ordinal);
        return Complete(() => { _sentValues[(eventTaskId, dataCardId)] = copy; }, cancellationToken);
    }
}
