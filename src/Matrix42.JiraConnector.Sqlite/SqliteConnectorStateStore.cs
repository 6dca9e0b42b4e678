using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Sqlite.Storage;
using Matrix42.JiraConnector.State;
using Microsoft.Data.Sqlite;

namespace Matrix42.JiraConnector.Sqlite;

/// <summary>
/// The connector state in one SQLite file: task leases, caches and watermarks, removed keys and held deletions,
/// comment pairings, event-task data, run history, snapshot index and schedule checkpoints.
/// </summary>
/// <remarks>
/// <para>
/// The schema is created and migrated on first use. The file runs in WAL mode with a busy timeout, and every
/// write is one transaction that takes the write lock up front, so several threads and several processes on
/// one machine can share the file. A write made under a lease checks the lease inside its own transaction,
/// so a runner whose lease was superseded, released or expired is refused with a
/// <see cref="StaleLeaseException"/> and writes nothing.
/// </para>
/// <para>
/// SQLite file locking is only reliable on local disks; several machines need a shared database server
/// instead of a file on a network share.
/// </para>
/// </remarks>
public sealed partial class SqliteConnectorStateStore : IConnectorStateStore, IScheduleCheckpointStore, IDisposable
{
    private readonly SqliteStateDatabase _database;
    private readonly TimeProvider _time;
    private readonly int _runHistoryLimit;

    /// <summary>Opens (or creates) the state file named by <paramref name="options"/>.</summary>
    /// <param name="options">The file and its settings.</param>
    /// <param name="timeProvider">The clock for lease expiry and timestamps; the system clock when null.</param>
    public SqliteConnectorStateStore(SqliteStateStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, nameof(options) + "." + nameof(options.Path));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RunHistoryLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BusyTimeout, TimeSpan.FromSeconds(1));
        _database = new SqliteStateDatabase(options.Path, options.BusyTimeout);
        _time = timeProvider ?? TimeProvider.System;
        _runHistoryLimit = options.RunHistoryLimit;
    }

    /// <summary>The full path of the database file.</summary>
    /// <value>The path given at construction, made absolute.</value>
    public string Path => _database.Path;

    /// <inheritdoc />
    public Task<TaskLease?> TryAcquireLeaseAsync(
        string taskId, string holder, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return _database.WriteAsync<TaskLease?>(async (connection, transaction) =>
        {
            var now = _time.GetUtcNow();
            var row = await ReadLeaseRowAsync(connection, transaction, taskId, cancellationToken).ConfigureAwait(false);
            if (row is { Released: false } held && held.ExpiresTicks > now.UtcTicks)
            {
                return null;
            }

            // The token grows on every grant and survives release, so an old holder can never match again.
            var lease = new TaskLease(taskId, holder, (row?.FencingToken ?? 0) + 1, now, now + timeToLive);
            await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO leases (task_id, holder, fencing_token, acquired_at, expires_at, expires_ticks, released)
                VALUES ($task, $holder, $token, $acquired, $expires, $ticks, 0)
                ON CONFLICT (task_id) DO UPDATE SET holder = excluded.holder, fencing_token = excluded.fencing_token,
                    acquired_at = excluded.acquired_at, expires_at = excluded.expires_at,
                    expires_ticks = excluded.expires_ticks, released = 0;
                """,
                cancellationToken,
                ("$task", taskId),
                ("$holder", holder),
                ("$token", lease.FencingToken),
                ("$acquired", SqliteCommands.ToText(lease.AcquiredAt)),
                ("$expires", SqliteCommands.ToText(lease.ExpiresAt)),
                ("$ticks", lease.ExpiresAt.UtcTicks)).ConfigureAwait(false);
            return lease;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TaskLease> RenewLeaseAsync(
        TaskLease lease, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await RequireCurrentAsync(connection, transaction, lease, cancellationToken).ConfigureAwait(false);
            var renewed = lease with { ExpiresAt = _time.GetUtcNow() + timeToLive };
            await connection.ExecuteAsync(
                transaction,
                "UPDATE leases SET expires_at = $expires, expires_ticks = $ticks WHERE task_id = $task;",
                cancellationToken,
                ("$task", lease.TaskId),
                ("$expires", SqliteCommands.ToText(renewed.ExpiresAt)),
                ("$ticks", renewed.ExpiresAt.UtcTicks)).ConfigureAwait(false);
            return renewed;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ReleaseLeaseAsync(TaskLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                transaction,
                "UPDATE leases SET released = 1 WHERE task_id = $task AND fencing_token = $token AND released = 0;",
                cancellationToken,
                ("$task", lease.TaskId),
                ("$token", lease.FencingToken)).ConfigureAwait(false);
            return changed == 1;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TaskLease?> GetLeaseAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return _database.ReadAsync(async connection =>
        {
            var row = await ReadLeaseRowAsync(connection, null, taskId, cancellationToken).ConfigureAwait(false);
            return row is { Released: false } held && held.ExpiresTicks > _time.GetUtcNow().UtcTicks
                ? held.ToLease(taskId)
                : null;
        }, cancellationToken);
    }

    /// <summary>Releases the pooled connections' bookkeeping; the file itself stays as it is.</summary>
    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
    }

    // A lease is current while it is the task's newest, unreleased and unexpired lease. Checked inside the
    // writing transaction, so no other process can take the lease between the check and the write.
    private async Task RequireCurrentAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        TaskLease lease,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var row = await ReadLeaseRowAsync(connection, transaction, lease.TaskId, cancellationToken)
            .ConfigureAwait(false);
        if (row is null || row.FencingToken != lease.FencingToken || row.Released
            || row.ExpiresTicks <= _time.GetUtcNow().UtcTicks)
        {
            throw new StaleLeaseException(lease.TaskId, lease.FencingToken, row?.FencingToken ?? 0);
        }
    }

    private static async Task<LeaseRow?> ReadLeaseRowAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string taskId, CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            transaction,
            "SELECT holder, fencing_token, acquired_at, expires_at, expires_ticks, released FROM leases "
            + "WHERE task_id = $task;",
            ("$task", taskId));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new LeaseRow(
            reader.GetString(0),
            reader.GetInt64(1),
            SqliteCommands.FromText(reader.GetString(2)),
            SqliteCommands.FromText(reader.GetString(3)),
            reader.GetInt64(4),
            reader.GetInt64(5) != 0);
    }

    private sealed record LeaseRow(
        string Holder, long FencingToken, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt, long ExpiresTicks,
        bool Released)
    {
        public TaskLease ToLease(string taskId) => new(taskId, Holder, FencingToken, AcquiredAt, ExpiresAt);
    }
}
