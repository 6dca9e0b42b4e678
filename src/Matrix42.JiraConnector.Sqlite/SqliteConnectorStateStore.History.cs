using System.Text.Json;
using Matrix42.JiraConnector.Sqlite.Storage;
using Matrix42.JiraConnector.State;
using Microsoft.Data.Sqlite;

namespace Matrix42.JiraConnector.Sqlite;

/// <content>Run history with retention, and the snapshot index.</content>
public sealed partial class SqliteConnectorStateStore
{
    /// <inheritdoc />
    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.TaskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.ExecutionId);
        var body = JsonSerializer.Serialize(run, SqliteStateJsonContext.Default.RunRecord);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            // Replacing keeps the run's place in the history; a new run goes to the end.
            await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO runs (task_id, execution_id, body) VALUES ($task, $run, $body)
                ON CONFLICT (task_id, execution_id) DO UPDATE SET body = excluded.body;
                """,
                cancellationToken,
                ("$task", run.TaskId),
                ("$run", run.ExecutionId),
                ("$body", body)).ConfigureAwait(false);
            await TrimAsync(connection, transaction, "runs", run.TaskId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RunRecord?> GetRunAsync(
        string taskId, string executionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return _database.ReadAsync(async connection =>
        {
            using var command = connection.Command(
                null,
                "SELECT body FROM runs WHERE task_id = $task AND execution_id = $run;",
                ("$task", taskId),
                ("$run", executionId));
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string body
                ? JsonSerializer.Deserialize(body, SqliteStateJsonContext.Default.RunRecord)
                : null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(
        string taskId, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        return _database.ReadAsync<IReadOnlyList<RunRecord>>(async connection =>
        {
            using var command = connection.Command(
                null,
                "SELECT body FROM runs WHERE task_id = $task ORDER BY id DESC LIMIT $take OFFSET $skip;",
                ("$task", taskId),
                ("$take", take),
                ("$skip", skip));
            var runs = new List<RunRecord>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                runs.Add(JsonSerializer.Deserialize(reader.GetString(0), SqliteStateJsonContext.Default.RunRecord)!);
            }

            return runs;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task AddSnapshotAsync(
        string taskId, SnapshotReference snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(snapshot);
        return _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO snapshots (task_id, execution_id, kind, path, item_count, created_at)
                VALUES ($task, $run, $kind, $path, $count, $at);
                """,
                cancellationToken,
                ("$task", taskId),
                ("$run", snapshot.ExecutionId),
                ("$kind", (int)snapshot.Kind),
                ("$path", snapshot.Path),
                ("$count", snapshot.ItemCount),
                ("$at", SqliteCommands.ToText(snapshot.CreatedAt))).ConfigureAwait(false),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SnapshotReference>> GetSnapshotsAsync(
        string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync<IReadOnlyList<SnapshotReference>>(async connection =>
        {
            using var command = connection.Command(
                null,
                "SELECT execution_id, kind, path, item_count, created_at FROM snapshots "
                + "WHERE task_id = $task ORDER BY id;",
                ("$task", taskId));
            var snapshots = new List<SnapshotReference>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                snapshots.Add(new SnapshotReference(
                    reader.GetString(0), (SnapshotKind)reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3),
                    SqliteCommands.FromText(reader.GetString(4))));
            }

            return snapshots;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveSnapshotAsync(string taskId, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return _database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(
                transaction,
                "DELETE FROM snapshots WHERE task_id = $task AND path = $path;",
                cancellationToken,
                ("$task", taskId),
                ("$path", path)).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    // Keeps the newest rows of one task in a table whose id grows with every insert.
    private Task<int> TrimAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, string taskId,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            transaction,
            $"DELETE FROM {table} WHERE task_id = $task AND id NOT IN "
            + $"(SELECT id FROM {table} WHERE task_id = $task ORDER BY id DESC LIMIT $keep);",
            cancellationToken,
            ("$task", taskId),
            ("$keep", _runHistoryLimit));
}
