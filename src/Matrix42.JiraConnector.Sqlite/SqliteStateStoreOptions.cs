namespace Matrix42.JiraConnector.Sqlite;

/// <summary>Settings of the SQLite state store.</summary>
public sealed class SqliteStateStoreOptions
{
    /// <summary>The path of the database file; created with its folder when missing.</summary>
    /// <value>No default; required.</value>
    public string? Path { get; set; }

    /// <summary>
    /// How long a statement waits for another connection or process to release its lock before failing.
    /// </summary>
    /// <value>Defaults to 30 seconds; must be at least 1 second.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many runs (and held deletion lists) per task the history keeps; older ones are dropped.</summary>
    /// <value>Defaults to 500; must be at least 1.</value>
    public int RunHistoryLimit { get; set; } = 500;
}
