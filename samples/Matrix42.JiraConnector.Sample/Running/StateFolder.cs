using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sqlite;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// Where this invocation keeps its SQLite state and extract snapshots. Read-only commands (<c>--smoke</c>,
/// <c>--dry-run</c>) never create the folder: without existing state they plan against an empty in-memory
/// store. A temporary folder the demo made is deleted at the end unless it holds a run history or snapshots.
/// </summary>
internal sealed class StateFolder
{
    public const string DatabaseName = "state.db";

    private StateFolder(string path, bool temporary, bool inMemory)
    {
        Path = path;
        Temporary = temporary;
        InMemory = inMemory;
    }

    public string Path { get; }

    /// <summary>Whether the program chose a new folder under the temporary directory (the demo's fakes).</summary>
    public bool Temporary { get; }

    /// <summary>Whether the state lives in memory only, and nothing is put on disk.</summary>
    public bool InMemory { get; }

    public string SnapshotFolder => System.IO.Path.Combine(Path, "snapshots");

    public static StateFolder Choose(SampleOptions options, bool demo)
    {
        var temporary = options.StateDirectory is null && demo;
        var path = options.StateDirectory is { } chosen ? System.IO.Path.GetFullPath(chosen)
            : temporary ? System.IO.Path.Combine(
                System.IO.Path.GetTempPath(), "matrix42-jira-demo-" + Guid.NewGuid().ToString("N")[..8])
            : System.IO.Path.GetFullPath(".jira-connector");
        var readOnly = options.Smoke || options.DryRun;
        var inMemory = readOnly && !File.Exists(System.IO.Path.Combine(path, DatabaseName));
        return new StateFolder(path, temporary, inMemory);
    }

    public IConnectorStateStore Open(TimeProvider timeProvider)
    {
        if (InMemory)
        {
            return new InMemoryConnectorStateStore();
        }

        Directory.CreateDirectory(Path);
        return new SqliteConnectorStateStore(
            new SqliteStateStoreOptions { Path = System.IO.Path.Combine(Path, DatabaseName) }, timeProvider);
    }

    /// <summary>Whether the folder holds something worth looking at: a run history or extract snapshots.</summary>
    public async Task<bool> IsWorthKeepingAsync(
        IConnectorStateStore store, ConnectorConfigurationDocument document, CancellationToken cancellationToken)
    {
        if (InMemory || !Directory.Exists(Path))
        {
            return false;
        }

        if (Directory.Exists(SnapshotFolder)
            && Directory.EnumerateFiles(SnapshotFolder, "*", SearchOption.AllDirectories).Any())
        {
            return true;
        }

        foreach (var task in document.Connectors.SelectMany(c => c.ScheduledTasks))
        {
            if (task.Id is not null && (await store.GetRunsAsync(task.Id, 0, 1, cancellationToken)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Deletes the temporary folder; a file still held open leaves it for the system to clean.</summary>
    public bool TryDelete()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
