using Microsoft.Data.Sqlite;

namespace Matrix42.JiraConnector.Sqlite.Storage;

/// <summary>
/// Opens connections to the state file with the settings every connection needs, migrates the schema on first
/// use, and runs bodies in read or write transactions.
/// </summary>
internal sealed class SqliteStateDatabase : IDisposable
{
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public SqliteStateDatabase(string path, TimeSpan busyTimeout)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _busyTimeoutMs = (int)busyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Runs <paramref name="body"/> in a transaction that holds the file's write lock throughout.</summary>
    public async Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> body, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE takes the write lock up front: a read-then-write transaction that upgraded later
            // could fail with "database is locked" without the busy timeout ever applying.
            var transaction = (SqliteTransaction)await connection
                .BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken)
                .ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await body(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    /// <summary>Runs <paramref name="body"/> on its own connection; WAL keeps readers off the writers.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> body, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await body(connection).ConfigureAwait(false);
        }
    }

    public void Dispose() => _migrationGate.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragmas = connection.CreateCommand())
            {
                // synchronous=NORMAL is durable across process crashes in WAL mode and much cheaper than FULL.
                pragmas.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = NORMAL;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!_migrated)
            {
                await MigrateOnceAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is NotADatabase or Corrupt or CantOpen or ReadOnly)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            var why = ex.SqliteErrorCode switch
            {
                CantOpen => "cannot be opened (a folder, or no access to the file or its folder)",
                ReadOnly => "is read-only; the store needs to write to the file and its folder",
                _ => "is not a SQLite database or is damaged",
            };
            throw new SqliteStateSchemaException($"The state database '{Path}' {why}: {ex.Message}", ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task MigrateOnceAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _migrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await SqliteSchema.MigrateAsync(connection, Path, cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrationGate.Release();
        }
    }
}
