using System.Globalization;
using System.Text;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Snapshots;

/// <summary>Creates a run's snapshot files, records them in the state store and enforces the retention limit.</summary>
internal sealed class ExtractSnapshotWriter
{
    private const UnixFileMode OwnerOnlyFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly ExtractSnapshotOptions _options;
    private readonly IConnectorStateStore _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">Folder and retention.</param>
    /// <param name="store">The state store holding the snapshot index.</param>
    /// <param name="timeProvider">The clock for file names and index times.</param>
    public ExtractSnapshotWriter(ExtractSnapshotOptions options, IConnectorStateStore store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RetainedRunsPerTask, 1, nameof(options));
        _options = options;
        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>Opens a new snapshot file, or returns <see langword="null"/> when snapshots are off.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run.</param>
    /// <param name="kind">The stream.</param>
    /// <returns>The open file.</returns>
    public SnapshotFile? Open(string taskId, string executionId, SnapshotKind kind)
    {
        if (!_options.Enabled)
        {
            return null;
        }

        var folder = Path.Combine(_options.Folder, SafeName(taskId));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            // Owner-only, like the files. The mode applies only to the last folder of a path and only when this
            // call creates it, so the snapshot root is created first; an existing folder keeps its mode.
            Directory.CreateDirectory(_options.Folder, OwnerOnlyFolder);
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        var stamp = _timeProvider.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var name = $"{stamp}-{SafeName(executionId)}-{kind.ToString().ToLowerInvariant()}.jsonl";
        return new SnapshotFile(Path.Combine(folder, name), executionId, kind);
    }

    /// <summary>Closes a file and adds it to the task's snapshot index.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reference kept in the index and the run record.</returns>
    public async Task<SnapshotReference> CompleteAsync(
        string taskId,
        SnapshotFile file,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await file.DisposeAsync().ConfigureAwait(false);
        var reference = new SnapshotReference(
            file.ExecutionId, file.Kind, file.Path, file.Count, _timeProvider.GetUtcNow());
        await _store.AddSnapshotAsync(taskId, reference, cancellationToken).ConfigureAwait(false);
        return reference;
    }

    /// <summary>Deletes the files of all but the newest runs of the task, and their index entries.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many files were removed from the index.</returns>
    public async Task<int> ApplyRetentionAsync(string taskId, CancellationToken cancellationToken)
    {
        var snapshots = await _store.GetSnapshotsAsync(taskId, cancellationToken).ConfigureAwait(false);
        var runs = snapshots.Select(s => s.ExecutionId).Distinct(StringComparer.Ordinal).ToList();
        var expired = runs.Take(Math.Max(0, runs.Count - _options.RetainedRunsPerTask))
            .ToHashSet(StringComparer.Ordinal);

        var removed = 0;
        foreach (var snapshot in snapshots.Where(s => expired.Contains(s.ExecutionId)))
        {
            // A file someone already deleted is as good as deleted by us.
            File.Delete(snapshot.Path);
            if (await _store.RemoveSnapshotAsync(taskId, snapshot.Path, cancellationToken).ConfigureAwait(false))
            {
                removed++;
            }
        }

        return removed;
    }

    // Task and execution ids come from configuration; keep only characters that are safe in any file system.
    internal static string SafeName(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }
}
