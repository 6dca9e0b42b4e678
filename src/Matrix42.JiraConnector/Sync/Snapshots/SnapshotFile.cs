using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Snapshots;

/// <summary>
/// One snapshot file being written: each appended item becomes one JSON line. Items are written as they arrive,
/// so memory stays flat however much a run reads. Safe for concurrent appends.
/// </summary>
internal sealed class SnapshotFile : IAsyncDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;
    private long _count;

    /// <summary>Creates the file (it must not exist yet).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="executionId">The run writing it.</param>
    /// <param name="kind">The stream it holds.</param>
    public SnapshotFile(string path, string executionId, SnapshotKind kind)
    {
        Path = path;
        ExecutionId = executionId;
        Kind = kind;
        _stream = new FileStream(path, CreateOptions());
        _writer = new Utf8JsonWriter(_stream);
    }

    /// <summary>The file path.</summary>
    public string Path { get; }

    /// <summary>
    /// Snapshots hold names and e-mail addresses, so on Unix the file is readable by its owner only, whatever the
    /// process umask; Windows files inherit the folder's access list.
    /// </summary>
    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.Read,
            BufferSize = 64 * 1024,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    /// <summary>The run writing it.</summary>
    public string ExecutionId { get; }

    /// <summary>The stream it holds.</summary>
    public SnapshotKind Kind { get; }

    /// <summary>How many items were appended.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Appends one item as a JSON line.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The item.</param>
    /// <param name="typeInfo">Its source-generated JSON contract.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is buffered.</returns>
    public async Task AppendAsync<T>(T item, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            JsonSerializer.Serialize(_writer, item, typeInfo);
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            await _stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
            _writer.Reset();
            Interlocked.Increment(ref _count);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Flushes and closes the file.</summary>
    /// <returns>A task that completes when the file is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
