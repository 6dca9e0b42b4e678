using BenchmarkDotNet.Attributes;
using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Builds the EQL filter a run uses to index its cards (task id, state, match key pattern, time bound) with
/// <see cref="Eql"/>, against string interpolation of the same text without escaping (baseline).
/// </summary>
[MemoryDiagnoser]
public class EqlBuildingBenchmarks
{
    private static readonly DateTimeOffset Since = new(2026, 1, 10, 23, 30, 0, TimeSpan.Zero);

    [Benchmark(Baseline = true)]
    public string Interpolated() =>
        $"$task_id$ = 'scale-issues' AND ($state$ = '1 - Active' OR $state$ IS NULL) AND $jira_key$ LIKE 'OPS-%' " +
        $"AND $updated$ >= '{Since.UtcDateTime:yyyy-MM-dd HH:mm}'";

    [Benchmark]
    public string Builder() => Eql.All(
            Eql.Attr("task_id").Eq("scale-issues"),
            Eql.Any(Eql.Attr("state").Eq("1 - Active"), Eql.Attr("state").IsNull()),
            Eql.Attr("jira_key").Like("OPS-%"),
            Eql.Attr("updated").Ge(Since))
        .ToEql();
}
