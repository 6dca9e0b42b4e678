using System.Runtime.CompilerServices;
using Matrix42.JiraConnector.Sqlite.Storage;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sqlite;

/// <content>Task cache and incremental watermark.</content>
public sealed partial class SqliteConnectorStateStore
{
    /// <inheritdoc />
    public Task<TaskCacheInfo> GetCacheInfoAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync(async connection =>
        {
            using var command = connection.Command(
                null,
                """
                SELECT (SELECT COUNT(*) FROM task_cache WHERE task_id = $task),
                       i.last_cleared_at, i.last_clear_reason, i.mapping_fingerprint
                FROM (SELECT 1) LEFT JOIN task_cache_info i ON i.task_id = $task;
                """,
                ("$task", taskId));
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new TaskCacheInfo(
                reader.GetInt32(0),
                SqliteCommands.FromNullableText(reader.GetValue(1)),
                reader.IsDBNull(2) ? null : (CacheClearReason)reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3));
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, TaskCacheEntry>> GetCacheEntriesAsync(
        string taskId, IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(keys);
        return _database.ReadAsync<IReadOnlyDictionary<EntityKey, TaskCacheEntry>>(async connection =>
        {
            var found = new Dictionary<EntityKey, TaskCacheEntry>(keys.Count);
            using var command = connection.Command(
                null,
                "SELECT content_hash, data_card_id, jira_updated FROM task_cache "
                + "WHERE task_id = $task AND kind = $kind AND entity_id = $id;",
                ("$task", taskId),
                ("$kind", 0),
                ("$id", string.Empty));
            foreach (var key in keys)
            {
                command.Parameters["$kind"].Value = (int)key.Kind;
                command.Parameters["$id"].Value = key.Id;
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    found[key] = new TaskCacheEntry(
                        key,
                        reader.GetString(0),
                        reader.GetString(1),
                        SqliteCommands.FromNullableText(reader.GetValue(2)));
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TaskCacheEntry> ReadCacheAsync(
        string taskId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);

        // Read in one go so no connection stays open while the caller works through the entries.
        var entries = await _database.ReadAsync(async connection =>
        {
            var list = new List<TaskCacheEntry>();
            using var command = connection.Command(
                null,
                "SELECT kind, entity_id, content_hash, data_card_id, jira_updated FROM task_cache "
                + "WHERE task_id = $task;",
                ("$task", taskId));
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(new TaskCacheEntry(
                    new EntityKey((EntityKind)reader.GetInt32(0), reader.GetString(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    SqliteCommands.FromNullableText(reader.GetValue(4))));
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }

    /// <inheritdoc />
    public Task CommitCacheAsync(TaskLease lease, TaskCacheBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(batch);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await RequireCurrentAsync(connection, transaction, lease, cancellationToken).ConfigureAwait(false);
            using (var remove = connection.Command(
                transaction,
                "DELETE FROM task_cache WHERE task_id = $task AND kind = $kind AND entity_id = $id;",
                ("$task", lease.TaskId),
                ("$kind", 0),
                ("$id", string.Empty)))
            {
                foreach (var key in batch.Removals)
                {
                    remove.Parameters["$kind"].Value = (int)key.Kind;
                    remove.Parameters["$id"].Value = key.Id;
                    await remove.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            using var upsert = connection.Command(
                transaction,
                """
                INSERT INTO task_cache (task_id, kind, entity_id, content_hash, data_card_id, jira_updated)
                VALUES ($task, $kind, $id, $hash, $card, $updated)
                ON CONFLICT (task_id, kind, entity_id) DO UPDATE SET content_hash = excluded.content_hash,
                    data_card_id = excluded.data_card_id, jira_updated = excluded.jira_updated;
                """,
                ("$task", lease.TaskId),
                ("$kind", 0),
                ("$id", string.Empty),
                ("$hash", string.Empty),
                ("$card", string.Empty),
                ("$updated", null));
            foreach (var entry in batch.Upserts)
            {
                upsert.Parameters["$kind"].Value = (int)entry.Key.Kind;
                upsert.Parameters["$id"].Value = entry.Key.Id;
                upsert.Parameters["$hash"].Value = entry.ContentHash;
                upsert.Parameters["$card"].Value = entry.DataCardId;
                upsert.Parameters["$updated"].Value =
                    entry.JiraUpdated is { } updated ? SqliteCommands.ToText(updated) : DBNull.Value;
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ClearCacheAsync(
        string taskId,
        CacheClearReason reason,
        string? mappingFingerprint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                transaction, "DELETE FROM task_cache WHERE task_id = $task;", cancellationToken, ("$task", taskId))
                .ConfigureAwait(false);
            await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO task_cache_info (task_id, last_cleared_at, last_clear_reason, mapping_fingerprint)
                VALUES ($task, $at, $reason, $fingerprint)
                ON CONFLICT (task_id) DO UPDATE SET last_cleared_at = excluded.last_cleared_at,
                    last_clear_reason = excluded.last_clear_reason,
                    mapping_fingerprint = COALESCE(excluded.mapping_fingerprint, task_cache_info.mapping_fingerprint);
                """,
                cancellationToken,
                ("$task", taskId),
                ("$at", SqliteCommands.ToText(_time.GetUtcNow())),
                ("$reason", (int)reason),
                ("$fingerprint", mappingFingerprint)).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IncrementalWatermark?> GetWatermarkAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync(async connection =>
        {
            using var command = connection.Command(
                null, "SELECT updated_up_to, committed_at FROM watermarks WHERE task_id = $task;", ("$task", taskId));
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new IncrementalWatermark(
                    SqliteCommands.FromText(reader.GetString(0)), SqliteCommands.FromText(reader.GetString(1)))
                : null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IncrementalWatermark> CommitWatermarkAsync(
        TaskLease lease, DateTimeOffset updatedUpTo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await RequireCurrentAsync(connection, transaction, lease, cancellationToken).ConfigureAwait(false);
            var watermark = new IncrementalWatermark(updatedUpTo, _time.GetUtcNow());
            await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO watermarks (task_id, updated_up_to, committed_at) VALUES ($task, $upTo, $at)
                ON CONFLICT (task_id) DO UPDATE SET updated_up_to = excluded.updated_up_to,
                    committed_at = excluded.committed_at;
                """,
                cancellationToken,
                ("$task", lease.TaskId),
                ("$upTo", SqliteCommands.ToText(watermark.UpdatedUpTo)),
                ("$at", SqliteCommands.ToText(watermark.CommittedAt))).ConfigureAwait(false);
            return watermark;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ResetWatermarkAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                transaction, "DELETE FROM watermarks WHERE task_id = $task;", cancellationToken, ("$task", taskId))
                .ConfigureAwait(false),
            cancellationToken);
    }
}
