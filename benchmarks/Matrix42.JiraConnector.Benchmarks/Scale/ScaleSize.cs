using System.Globalization;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>How much data the fakes hold and how slowly they answer; parsed from the command line.</summary>
public sealed record ScaleSize
{
    public int Users { get; init; } = 50_000;

    public int Groups { get; init; } = 7_000;

    public int Memberships { get; init; } = 350_000;

    public int Issues { get; init; } = 100_000;

    public int LatencyMs { get; init; }

    public string? Output { get; init; }

    public static ScaleSize Parse(IReadOnlyList<string> args)
    {
        var size = new ScaleSize();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count
                ? args[++i]
                : throw new ArgumentException($"The option '{name}' needs a value.", nameof(args));
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new ArgumentException($"The option '{name}' needs a non-negative whole number.", nameof(args));

            size = name switch
            {
                "--users" => size with { Users = Number() },
                "--groups" => size with { Groups = Number() },
                "--memberships" => size with { Memberships = Number() },
                "--issues" => size with { Issues = Number() },
                "--latency-ms" => size with { LatencyMs = Number() },
                "--output" => size with { Output = Value() },
                _ => throw new ArgumentException($"Unknown option '{name}'.", nameof(args)),
            };
        }

        return size;
    }

    public IEnumerable<string> ToArguments() =>
    [
        "--users", Text(Users), "--groups", Text(Groups), "--memberships", Text(Memberships),
        "--issues", Text(Issues), "--latency-ms", Text(LatencyMs),
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
