using Microsoft.Data.Sqlite;

namespace Matrix42.JiraConnector.Sqlite.Storage;

/// <summary>Creates and migrates the tables; each migration runs once, recorded in <c>schema_version</c>.</summary>
internal static class SqliteSchema
{
    /// <summary>The migrations in order; index + 1 is the version a migration brings the file to.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE leases (
            task_id TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            fencing_token INTEGER NOT NULL,
            acquired_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            expires_ticks INTEGER NOT NULL,
            released INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE task_cache (
            task_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            data_card_id TEXT NOT NULL,
            jira_updated TEXT,
            PRIMARY KEY (task_id, kind, entity_id)
        ) WITHOUT ROWID;
        CREATE TABLE task_cache_info (
            task_id TEXT PRIMARY KEY,
            last_cleared_at TEXT,
            last_clear_reason INTEGER,
            mapping_fingerprint TEXT
        ) WITHOUT ROWID;
        CREATE TABLE watermarks (
            task_id TEXT PRIMARY KEY,
            updated_up_to TEXT NOT NULL,
            committed_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE removed_keys (
            task_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            data_card_id TEXT NOT NULL,
            mark_kind INTEGER NOT NULL,
            marked_at TEXT NOT NULL,
            PRIMARY KEY (task_id, kind, entity_id)
        ) WITHOUT ROWID;
        CREATE TABLE held_deletions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            task_id TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (task_id, execution_id)
        );
        CREATE TABLE comment_pairs (
            connector_id TEXT NOT NULL,
            jira_comment_id TEXT NOT NULL,
            data_card_id TEXT NOT NULL,
            worklog_entry_id TEXT NOT NULL,
            jira_issue_id TEXT NOT NULL,
            origin INTEGER NOT NULL,
            paired_at TEXT NOT NULL,
            paired_ticks INTEGER NOT NULL,
            PRIMARY KEY (connector_id, jira_comment_id),
            UNIQUE (connector_id, data_card_id, worklog_entry_id)
        ) WITHOUT ROWID;
        CREATE INDEX comment_pairs_issue ON comment_pairs (connector_id, jira_issue_id);
        CREATE TABLE trigger_hashes (
            event_task_id TEXT NOT NULL,
            data_card_id TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (event_task_id, data_card_id)
        ) WITHOUT ROWID;
        CREATE TABLE sent_values (
            event_task_id TEXT NOT NULL,
            data_card_id TEXT NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (event_task_id, data_card_id)
        ) WITHOUT ROWID;
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            task_id TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (task_id, execution_id)
        );
        CREATE INDEX runs_task ON runs (task_id, id);
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            task_id TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            path TEXT NOT NULL,
            item_count INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX snapshots_task ON snapshots (task_id, id);
        CREATE TABLE schedule_checkpoints (
            task_id TEXT PRIMARY KEY,
            occurrence TEXT NOT NULL,
            occurrence_ticks INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
    ];

    /// <summary>The schema version this library writes.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the file to <see cref="LatestVersion"/>, inside one write transaction.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        // WAL lets readers and one writer work at once, across processes; the mode is stored in the file.
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText =
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT);";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int current;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            current = Convert.ToInt32(
                await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > LatestVersion)
        {
            throw new SqliteStateSchemaException(path, current, LatestVersion);
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = Migrations[version - 1]
                + "\nINSERT INTO schema_version (version, applied_at) VALUES ($version, datetime('now'));";
            migrate.Parameters.AddWithValue("$version", version);
            await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
    }
}
