using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Hashes 10,000 mapped cards and diffs them against a task cache in the in-memory state store (one lookup per
/// 100 keys, as a run does; every tenth card changed), against the same lookups with hashes already known.
/// </summary>
[MemoryDiagnoser]
public class ContentDiffBenchmarks
{
    private const int Cards = 10_000;
    private const int Batch = 100;
    private const string TaskId = "bench-task";
    private readonly InMemoryConnectorStateStore _store = new();
    private MappedCard[] _cards = [];
    private string[] _hashes = [];
    private EntityKey[][] _batches = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var map = IssueMaps.Compile();
        using var document = JsonDocument.Parse(SearchPageGenerator.Generate(Cards));
        _cards = [.. document.RootElement.GetProperty("issues"u8).EnumerateArray().Select(i => map.Map(i))];
        _hashes = [.. _cards.Select(c => c.ComputeContentHash())];
        var keys = _cards
            .Select((_, i) => EntityKey.ForIssue((10000 + i).ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        _batches = [.. keys.Chunk(Batch)];

        var lease = await _store.TryAcquireLeaseAsync(TaskId, "bench", TimeSpan.FromHours(1))
            ?? throw new InvalidOperationException("No lease.");
        var entries = keys.Select((k, i) => new TaskCacheEntry(k, i % 10 == 0 ? "stale" : _hashes[i], "dc-" + i, null));
        await _store.CommitCacheAsync(lease, new TaskCacheBatch { Upserts = [.. entries] });
    }

    [Benchmark(Baseline = true)]
    public Task<int> LookupWithKnownHashes() => DiffAsync(i => _hashes[i]);

    [Benchmark]
    public Task<int> HashAndDiff() => DiffAsync(i => _cards[i].ComputeContentHash());

    private async Task<int> DiffAsync(Func<int, string> hashOf)
    {
        var changed = 0;
        var index = 0;
        foreach (var batch in _batches)
        {
            var cached = await _store.GetCacheEntriesAsync(TaskId, batch);
            foreach (var key in batch)
            {
                var hash = hashOf(index++);
                if (!cached.TryGetValue(key, out var entry) ||
                    !string.Equals(entry.ContentHash, hash, StringComparison.Ordinal))
                {
                    changed++;
                }
            }
        }

        return changed;
    }
}
