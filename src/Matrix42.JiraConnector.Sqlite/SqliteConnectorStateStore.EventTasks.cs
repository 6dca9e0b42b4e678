using System.Text.Json;
using Matrix42.JiraConnector.Sqlite.Storage;

namespace Matrix42.JiraConnector.Sqlite;

/// <content>Event-task trigger hashes and values last sent to Jira.</content>
public sealed partial class SqliteConnectorStateStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> GetTriggerHashesAsync(
        string eventTaskId, IReadOnlyCollection<string> dataCardIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentNullException.ThrowIfNull(dataCardIds);
        return _database.ReadAsync<IReadOnlyDictionary<string, string>>(async connection =>
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            using var command = connection.Command(
                null,
                "SELECT hash FROM trigger_hashes WHERE event_task_id = $task AND data_card_id = $card;",
                ("$task", eventTaskId),
                ("$card", string.Empty));
            foreach (var cardId in dataCardIds)
            {
                command.Parameters["$card"].Value = cardId;
                if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string hash)
                {
                    found[cardId] = hash;
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetTriggerHashesAsync(
        string eventTaskId, IReadOnlyDictionary<string, string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentNullException.ThrowIfNull(hashes);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            using var upsert = connection.Command(
                transaction,
                """
                INSERT INTO trigger_hashes (event_task_id, data_card_id, hash) VALUES ($task, $card, $hash)
                ON CONFLICT (event_task_id, data_card_id) DO UPDATE SET hash = excluded.hash;
                """,
                ("$task", eventTaskId),
                ("$card", string.Empty),
                ("$hash", string.Empty));
            foreach (var (cardId, hash) in hashes)
            {
                upsert.Parameters["$card"].Value = cardId;
                upsert.Parameters["$hash"].Value = hash;
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string?>?> GetSentValuesAsync(
        string eventTaskId, string dataCardId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTaskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataCardId);
        return _database.ReadAsync<IReadOnlyDictionary<string, string?>?>(async connection =>
        {
            using var command = connection.Command(
                null,
                "SELECT body FROM sent_values WHERE event_task_id = $task AND data_card_id = $card;",
                ("$task", eventTaskId),
                ("$card", dataCardId));
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string body
                ? JsonSerializer.Deserialize(body, SqliteStateJsonContext.Default.DictionaryStringString)
                : null;
        }, cancellationToken);
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
        var body = JsonSerializer.Serialize(
            new Dictionary<string, string?>(values, StringComparer.Ordinal),
            SqliteStateJsonContext.Default.DictionaryStringString);
        return _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO sent_values (event_task_id, data_card_id, body) VALUES ($task, $card, $body)
                ON CONFLICT (event_task_id, data_card_id) DO UPDATE SET body = excluded.body;
                """,
                cancellationToken,
                ("$task", eventTaskId),
                ("$card", dataCardId),
                ("$body", body)).ConfigureAwait(false),
            cancellationToken);
    }
}
