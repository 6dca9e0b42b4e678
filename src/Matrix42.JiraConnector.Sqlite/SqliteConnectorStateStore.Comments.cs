using Matrix42.JiraConnector.Sqlite.Storage;
using Matrix42.JiraConnector.State;
using Microsoft.Data.Sqlite;

namespace Matrix42.JiraConnector.Sqlite;

/// <content>Comment pairings.</content>
public sealed partial class SqliteConnectorStateStore
{
    private const string PairColumns =
        "data_card_id, worklog_entry_id, jira_issue_id, jira_comment_id, origin, paired_at";

    /// <inheritdoc />
    public Task<bool> TryAddCommentPairingAsync(
        string connectorId, CommentPairing pairing, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentException.ThrowIfNullOrWhiteSpace(pairing.JiraCommentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pairing.DataCardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pairing.WorklogEntryId);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            // Both the comment and the worklog entry are unique keys; OR IGNORE makes check and insert one step.
            var inserted = await connection.ExecuteAsync(
                transaction,
                $"""
                INSERT OR IGNORE INTO comment_pairs (connector_id, {PairColumns}, paired_ticks)
                VALUES ($connector, $card, $entry, $issue, $comment, $origin, $at, $ticks);
                """,
                cancellationToken,
                ("$connector", connectorId),
                ("$card", pairing.DataCardId),
                ("$entry", pairing.WorklogEntryId),
                ("$issue", pairing.JiraIssueId),
                ("$comment", pairing.JiraCommentId),
                ("$origin", (int)pairing.Origin),
                ("$at", SqliteCommands.ToText(pairing.PairedAt)),
                ("$ticks", pairing.PairedAt.UtcTicks)).ConfigureAwait(false);
            return inserted == 1;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CommentPairing?> FindCommentPairingByJiraCommentAsync(
        string connectorId, string jiraCommentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jiraCommentId);
        var found = await ReadPairsAsync(
            "jira_comment_id = $value", connectorId, jiraCommentId, null, cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <inheritdoc />
    public async Task<CommentPairing?> FindCommentPairingByWorklogEntryAsync(
        string connectorId, string dataCardId, string worklogEntryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(worklogEntryId);
        var found = await ReadPairsAsync(
            "data_card_id = $value AND worklog_entry_id = $second", connectorId, dataCardId, worklogEntryId,
            cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForIssueAsync(
        string connectorId, string jiraIssueId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jiraIssueId);
        return ReadPairsAsync("jira_issue_id = $value", connectorId, jiraIssueId, null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForCardAsync(
        string connectorId, string dataCardId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        return ReadPairsAsync("data_card_id = $value", connectorId, dataCardId, null, cancellationToken);
    }

    private Task<IReadOnlyList<CommentPairing>> ReadPairsAsync(
        string condition, string connectorId, string value, string? second, CancellationToken cancellationToken) =>
        _database.ReadAsync<IReadOnlyList<CommentPairing>>(async connection =>
        {
            using var command = connection.Command(
                null,
                $"SELECT {PairColumns} FROM comment_pairs WHERE connector_id = $connector AND {condition} "
                + "ORDER BY paired_ticks, jira_comment_id;",
                ("$connector", connectorId),
                ("$value", value),
                ("$second", second));
            return await ReadPairRowsAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task<List<CommentPairing>> ReadPairRowsAsync(
        SqliteCommand command, CancellationToken cancellationToken)
    {
        var pairs = new List<CommentPairing>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            pairs.Add(new CommentPairing(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                (CommentOrigin)reader.GetInt32(4),
                SqliteCommands.FromText(reader.GetString(5))));
        }

        return pairs;
    }
}
