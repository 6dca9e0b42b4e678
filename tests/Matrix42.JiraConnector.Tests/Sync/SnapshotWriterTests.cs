using System.Text.Json;
using System.Text.Json.Serialization;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Snapshots;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed partial class SnapshotWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "m42-snap-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConnectorStateStore _store = new();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Open_OnUnix_CreatesOwnerOnlyFolderAndFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var writer = Writer(retain: 5);
        var file = writer.Open("task/1", "run-1", SnapshotKind.Users)!;
        await file.AppendAsync(new Item("a", 1), TestJsonContext.Default.Item, default);
        var reference = await writer.CompleteAsync("task/1", file, default);

        // Snapshots hold names and e-mail addresses: nobody but the owner may read them, whatever the umask.
        const UnixFileMode groupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(reference.Path) & groupOrOther);
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.GetDirectoryName(reference.Path)!) & groupOrOther);
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(_folder) & groupOrOther);
    }

    [Fact]
    public async Task CompleteAsync_WritesJsonLinesAndIndexesFile()
    {
        var writer = Writer(retain: 5);
        var file = writer.Open("task/1", "run-1", SnapshotKind.Users)!;

        await file.AppendAsync(new Item("a", 1), TestJsonContext.Default.Item, default);
        await file.AppendAsync(new Item("b", 2), TestJsonContext.Default.Item, default);
        var reference = await writer.CompleteAsync("task/1", file, default);

        var lines = await File.ReadAllLinesAsync(reference.Path);
        Assert.Equal(2, lines.Length);
        Assert.Equal("b", JsonSerializer.Deserialize(lines[1], TestJsonContext.Default.Item)!.Name);
        Assert.Equal(2, reference.ItemCount);
        Assert.Equal(SnapshotKind.Users, reference.Kind);
        Assert.StartsWith(Path.Combine(_folder, "task_1"), reference.Path, StringComparison.Ordinal);
        Assert.Equal([reference], await _store.GetSnapshotsAsync("task/1"));
    }

    [Fact]
    public async Task ApplyRetentionAsync_MoreRunsThanLimit_DeletesOldestRunsFiles()
    {
        var writer = Writer(retain: 2);
        var references = new List<SnapshotReference>();
        for (var run = 1; run <= 3; run++)
        {
            foreach (var kind in new[] { SnapshotKind.Users, SnapshotKind.Groups })
            {
                var file = writer.Open("t1", $"run-{run}", kind)!;
                await file.AppendAsync(new Item("x", run), TestJsonContext.Default.Item, default);
                references.Add(await writer.CompleteAsync("t1", file, default));
            }

            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var removed = await writer.ApplyRetentionAsync("t1", default);

        Assert.Equal(2, removed);
        Assert.All(references.Take(2), r => Assert.False(File.Exists(r.Path)));
        Assert.All(references.Skip(2), r => Assert.True(File.Exists(r.Path)));
        Assert.Equal(4, (await _store.GetSnapshotsAsync("t1")).Count);
    }

    [Fact]
    public async Task AppendAsync_Concurrent_EveryLineIsWholeJson()
    {
        var writer = Writer(retain: 5);
        var file = writer.Open("t1", "run-1", SnapshotKind.Groups)!;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => file.AppendAsync(new Item("g" + i, i), TestJsonContext.Default.Item, default))));
        var reference = await writer.CompleteAsync("t1", file, default);

        var lines = await File.ReadAllLinesAsync(reference.Path);
        Assert.Equal(200, lines.Length);
        Assert.Equal(200, lines.Select(l => JsonSerializer.Deserialize(l, TestJsonContext.Default.Item)!.Size)
            .Distinct().Count());
    }

    [Fact]
    public void Open_Disabled_ReturnsNull()
    {
        var writer = new ExtractSnapshotWriter(
            new ExtractSnapshotOptions { Enabled = false, Folder = _folder }, _store, _time);

        Assert.Null(writer.Open("t1", "run-1", SnapshotKind.Generic));
        Assert.False(Directory.Exists(_folder));
    }

    private ExtractSnapshotWriter Writer(int retain) =>
        new(new ExtractSnapshotOptions { Folder = _folder, RetainedRunsPerTask = retain }, _store, _time);

    internal sealed record Item(string Name, int Size);

    [JsonSerializable(typeof(Item))]
    internal sealed partial class TestJsonContext : JsonSerializerContext;
}
