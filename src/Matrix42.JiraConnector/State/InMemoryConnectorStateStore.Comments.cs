namespace Matrix42.JiraConnector.State;

/// <content>Comment pairings.</content>
public sealed partial class InMemoryConnectorStateStore
{
    private readonly Dictionary<(string Connector, string CommentId), CommentPairing> _pairsByComment = [];
    private readonly Dictionary<(string Connector, string CardId, string EntryId), CommentPairing> _pairsByEntry = [];

    /// <inheritdoc />
    public Task<bool> TryAddCommentPairingAsync(
        string connectorId,
        CommentPairing pairing,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentException.ThrowIfNullOrWhiteSpace(pairing.JiraCommentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pairing.DataCardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pairing.WorklogEntryId);
        return Complete(() =>
        {
            var byComment = (connectorId, pairing.JiraCommentId);
            var byEntry = (connectorId, pairing.DataCardId, pairing.WorklogEntryId);
            if (_pairsByComment.ContainsKey(byComment) || _pairsByEntry.ContainsKey(byEntry))
            {
                return false;
            }

            _pairsByComment.Add(byComment, pairing);
            _pairsByEntry.Add(byEntry, pairing);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<CommentPairing?> FindCommentPairingByJiraCommentAsync(
        string connectorId,
        string jiraCommentId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jiraCommentId);
        return Complete(() => _pairsByComment.GetValueOrDefault((connectorId, jiraCommentId)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<CommentPairing?> FindCommentPairingByWorklogEntryAsync(
        string connectorId,
        string dataCardId,
        string worklogEntryId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(worklogEntryId);
        return Complete(
            () => _pairsByEntry.GetValueOrDefault((connectorId, dataCardId, worklogEntryId)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForIssueAsync(
        string connectorId,
        string jiraIssueId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jiraIssueId);
        return Complete<IReadOnlyList<CommentPairing>>(
            () => PairsWhere(connectorId, p => p.JiraIssueId == jiraIssueId),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForCardAsync(
        string connectorId,
        string dataCardId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        return Complete<IReadOnlyList<CommentPairing>>(
            () => PairsWhere(connectorId, p => p.DataCardId == dataCardId),
            cancellationToken);
    }

    private List<CommentPairing> PairsWhere(string connectorId, Func<CommentPairing, bool> predicate) =>
        _pairsByComment
            .Where(pair => pair.Key.Connector == connectorId && predicate(pair.Value))
            .Select(pair => pair.Value)
            .OrderBy(p => p.PairedAt)
            .ToList();
}
