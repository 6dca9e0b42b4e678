using Matrix42.JiraConnector.Sqlite.Storage;

namespace Matrix42.JiraConnector.Sqlite;

/// <content>Schedule checkpoints, shared by every scheduler that opens the file.</content>
public sealed partial class SqliteConnectorStateStore
{
    /// <inheritdoc />
    public Task<DateTimeOffset?> GetScheduleCheckpointAsync(
        string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync(async connection =>
        {
            using var command = connection.Command(
                null, "SELECT occurrence FROM schedule_checkpoints WHERE task_id = $task;", ("$task", taskId));
            return SqliteCommands.FromNullableText(
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? DBNull.Value);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> TryAdvanceScheduleCheckpointAsync(
        string taskId, DateTimeOffset occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            // The WHERE on the conflict branch makes "only if later" part of the one statement.
            var changed = await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO schedule_checkpoints (task_id, occurrence, occurrence_ticks) VALUES ($task, $at, $ticks)
                ON CONFLICT (task_id) DO UPDATE SET occurrence = excluded.occurrence,
                    occurrence_ticks = excluded.occurrence_ticks
                WHERE excluded.occurrence_ticks > schedule_checkpoints.occurrence_ticks;
                """,
                cancellationToken,
                ("$task", taskId),
                ("$at", SqliteCommands.ToText(occurrence)),
                ("$ticks", occurrence.UtcTicks)).ConfigureAwait(false);
            return changed == 1;
        }, cancellationToken);
    }
}
