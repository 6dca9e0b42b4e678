using Matrix42.JiraConnector.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

/// <summary>A state file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteConnectorStateStore> _stores = [];

    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "m42jc-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "state", "connector.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Opens another store on the same file, as another host process would.</summary>
    public SqliteConnectorStateStore Open(int runHistoryLimit = 500, TimeProvider? time = null)
    {
        var store = new SqliteConnectorStateStore(
            new SqliteStateStoreOptions { Path = FilePath, RunHistoryLimit = runHistoryLimit }, time ?? Time);
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a connection pool is left for the OS to clean up.
        }
    }
}
