using System.Text.Json;
using Matrix42.JiraConnector.Sqlite.Storage;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sqlite;

/// <content>Removed keys and held deletion lists.</content>
public sealed partial class SqliteConnectorStateStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, RemovedKeyEntry>> GetRemovedKeysAsync(
        string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync<IReadOnlyDictionary<EntityKey, RemovedKeyEntry>>(async connection =>
        {
            var found = new Dictionary<EntityKey, RemovedKeyEntry>();
            using var command = connection.Command(
                null,
                "SELECT kind, entity_id, data_card_id, mark_kind, marked_at FROM removed_keys WHERE task_id = $task;",
                ("$task", taskId));
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = new EntityKey((EntityKind)reader.GetInt32(0), reader.GetString(1));
                found[key] = new RemovedKeyEntry(
                    key, reader.GetString(2), (DeletionMarkKind)reader.GetInt32(3),
                    SqliteCommands.FromText(reader.GetString(4)));
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task CommitRemovedKeysAsync(
        TaskLease lease,
        IReadOnlyCollection<RemovedKeyEntry> marked,
        IReadOnlyCollection<EntityKey> restored,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(restored);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await RequireCurrentAsync(connection, transaction, lease, cancellationToken).ConfigureAwait(false);
            foreach (var key in restored)
            {
                await connection.ExecuteAsync(
                    transaction,
                    "DELETE FROM removed_keys WHERE task_id = $task AND kind = $kind AND entity_id = $id;",
                    cancellationToken,
                    ("$task", lease.TaskId),
                    ("$kind", (int)key.Kind),
                    ("$id", key.Id)).ConfigureAwait(false);
            }

            foreach (var entry in marked)
            {
                await connection.ExecuteAsync(
                    transaction,
                    """
                    INSERT OR REPLACE INTO removed_keys (task_id, kind, entity_id, data_card_id, mark_kind, marked_at)
                    VALUES ($task, $kind, $id, $card, $mark, $at);
                    """,
                    cancellationToken,
                    ("$task", lease.TaskId),
                    ("$kind", (int)entry.Key.Kind),
                    ("$id", entry.Key.Id),
                    ("$card", entry.DataCardId),
                    ("$mark", (int)entry.Kind),
                    ("$at", SqliteCommands.ToText(entry.MarkedAt))).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveHeldDeletionAsync(HeldDeletion held, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentException.ThrowIfNullOrWhiteSpace(held.TaskId);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                transaction,
                "DELETE FROM held_deletions WHERE task_id = $task AND execution_id = $run;",
                cancellationToken,
                ("$task", held.TaskId),
                ("$run", held.ExecutionId)).ConfigureAwait(false);

            if (held.Status == HeldDeletionStatus.Pending)
            {
                // Only the newest pending list may be approved; older ones describe a state that has moved on.
                var pending = await ReadHeldAsync(
                    connection, transaction, "task_id = $task AND status = $status", held.TaskId, null,
                    (int)HeldDeletionStatus.Pending, cancellationToken).ConfigureAwait(false);
                var now = _time.GetUtcNow();
                foreach (var older in pending)
                {
                    await WriteHeldStatusAsync(
                        connection, transaction,
                        older with { Status = HeldDeletionStatus.Superseded, StatusChangedAt = now },
                        cancellationToken).ConfigureAwait(false);
                }
            }

            await connection.ExecuteAsync(
                transaction,
                "INSERT INTO held_deletions (task_id, execution_id, status, body) "
                + "VALUES ($task, $run, $status, $body);",
                cancellationToken,
                ("$task", held.TaskId),
                ("$run", held.ExecutionId),
                ("$status", (int)held.Status),
                ("$body", JsonSerializer.Serialize(held, SqliteStateJsonContext.Default.HeldDeletion)))
                .ConfigureAwait(false);
            await TrimAsync(connection, transaction, "held_deletions", held.TaskId, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<HeldDeletion?> GetHeldDeletionAsync(
        string taskId, string executionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return _database.ReadAsync(async connection =>
            (await ReadHeldAsync(connection, null, "task_id = $task AND execution_id = $run", taskId, executionId,
                null, cancellationToken).ConfigureAwait(false)).FirstOrDefault(), cancellationToken);
    }

    /// <inheritdoc />
    public Task<HeldDeletion?> GetLatestHeldDeletionAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync(async connection =>
            (await ReadHeldAsync(connection, null, "task_id = $task", taskId, null, null, cancellationToken)
                .ConfigureAwait(false)).LastOrDefault(), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> TryUpdateHeldDeletionStatusAsync(
        string taskId,
        string executionId,
        HeldDeletionStatus expectedStatus,
        HeldDeletionStatus newStatus,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            var found = await ReadHeldAsync(
                connection, transaction, "task_id = $task AND execution_id = $run AND status = $status", taskId,
                executionId, (int)expectedStatus, cancellationToken).ConfigureAwait(false);
            if (found.Count == 0)
            {
                return false;
            }

            await WriteHeldStatusAsync(
                connection, transaction, found[0] with { Status = newStatus, StatusChangedAt = _time.GetUtcNow() },
                cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private static async Task<List<HeldDeletion>> ReadHeldAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection,
        Microsoft.Data.Sqlite.SqliteTransaction? transaction,
        string condition,
        string taskId,
        string? executionId,
        int? status,
        CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            transaction,
            $"SELECT body FROM held_deletions WHERE {condition} ORDER BY id;",
            ("$task", taskId),
            ("$run", executionId),
            ("$status", status));
        var lists = new List<HeldDeletion>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lists.Add(JsonSerializer.Deserialize(reader.GetString(0), SqliteStateJsonContext.Default.HeldDeletion)!);
        }

        return lists;
    }

    private static Task<int> WriteHeldStatusAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection,
        Microsoft.Data.Sqlite.SqliteTransaction transaction,
        HeldDeletion held,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            transaction,
            "UPDATE held_deletions SET status = $status, body = $body WHERE task_id = $task AND execution_id = $run;",
            cancellationToken,
            ("$task", held.TaskId),
            ("$run", held.ExecutionId),
            ("$status", (int)held.Status),
            ("$body", JsonSerializer.Serialize(held, SqliteStateJsonContext.Default.HeldDeletion)));
}
