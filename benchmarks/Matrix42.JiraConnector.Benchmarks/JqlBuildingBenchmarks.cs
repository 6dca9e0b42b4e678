using BenchmarkDotNet.Attributes;
using Matrix42.JiraConnector.Jira.Jql;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Builds an incremental run's JQL (project list, status, updated bound in the account's zone, order) with
/// <see cref="JqlBuilder"/>, against string interpolation of the same clauses without quoting (baseline).
/// </summary>
[MemoryDiagnoser]
public class JqlBuildingBenchmarks
{
    private static readonly string[] Projects = ["OPS", "HR", "IT", "FIN", "DEV", "SUP", "SEC", "NET", "FAC", "LEG"];
    private static readonly DateTimeOffset Since = new(2026, 1, 10, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Zone = Jql.FindTimeZone("Europe/Berlin");

    [Benchmark(Baseline = true)]
    public string Interpolated()
    {
        var local = TimeZoneInfo.ConvertTime(Since, Zone);
        return $"project IN ({string.Join(", ", Projects)}) AND status != Done AND updated >= " +
            $"\"{local:yyyy/MM/dd HH:mm}\" ORDER BY updated ASC, id ASC";
    }

    [Benchmark]
    public string Builder() => new JqlBuilder()
        .In("project", Projects)
        .NotEqual("status", "Done")
        .UpdatedOnOrAfter(Since, Zone)
        .OrderBy("updated")
        .OrderBy("id")
        .Build();
}
