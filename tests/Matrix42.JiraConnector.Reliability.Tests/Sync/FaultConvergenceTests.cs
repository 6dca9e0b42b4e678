using Xunit.Abstractions;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>Runs under injected network and service faults end exactly where fault-free runs end.</summary>
public sealed class FaultConvergenceTests(ITestOutputHelper output)
{
    private const int Issues = 150;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    /// <summary>
    /// One run rides out the whole mix. Only a bulk write whose outcome stayed unknown through every guarded
    /// resend may be left for the next run, which must then converge.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task FullSync_UnderMixedFaults_ConvergesInOneRunOrAfterAnUnknownWriteInTwo(int seed)
    {
        using var clean = new FaultHarness();
        clean.AddIssues(Issues, seed);
        var baseline = await clean.RunAsync();
        Assert.Equal(RunPhaseStatus.Succeeded, baseline.Record.Load.Status);
        var expected = clean.CardSnapshot();
        Assert.Equal(Issues, expected.Count);

        using var faulty = new FaultHarness(faultSeed: seed);
        faulty.AddIssues(Issues, seed);
        // Pages of 25, so the search pages on under faults too.
        faulty.Jira.SearchPageCap = 25;
        AddMixedFaults(faulty.JiraFaults, seed);
        AddMixedFaults(faulty.EsmFaults, seed + 1000);

        var first = await faulty.RunAsync();
        var runs = 1;
        if (!Converged(first, faulty, expected))
        {
            // Only an unknown write outcome is allowed to need another run.
            Assert.True(first.Record.Extract.Status == RunPhaseStatus.Succeeded &&
                        first.Record.Errors.All(e => e.Message.Contains(nameof(EsmUnknownOutcomeException),
                            StringComparison.Ordinal)),
                $"seed {seed}: the first run did not converge: {first.Record.Extract.Status}/" +
                $"{first.Record.Load.Status}, " + string.Join("; ", first.Record.Errors.Take(3).Select(e =>
                    e.Phase + ": " + e.Message)));
            runs++;
            Assert.True(Converged(await faulty.RunAsync(), faulty, expected),
                $"seed {seed}: not converged after an unknown write outcome and a second run");
        }

        var injected = faulty.JiraFaults.InjectedCount + faulty.EsmFaults.InjectedCount;
        output.WriteLine($"seed {seed}: {injected} faults injected, {runs} run(s), " +
                         $"{faulty.Jira.Log.TotalCount} Jira and {faulty.Esm.Log.TotalCount} ESM requests");
        Assert.True(injected > 0, $"seed {seed}: no fault was injected");
        Assert.Equal(expected, faulty.CardSnapshot());
        Assert.Equal(Issues, faulty.Esm.GetCards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
    }

    private static bool Converged(
        Matrix42.JiraConnector.Sync.ScheduledRunResult result, FaultHarness harness, List<string> expected) =>
        result.Record.Load.Status == RunPhaseStatus.Succeeded && harness.CardSnapshot().SequenceEqual(expected);

    internal static void AddMixedFaults(FaultPlan plan, int seed)
    {
        var random = new Random(seed);
        plan.Add(new FaultRule
        {
            Kind = FaultKind.TooManyRequests, Probability = 0.05,
            RetryAfter = TimeSpan.FromSeconds(random.Next(1, 3)),
        });
        plan.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Probability = 0.05, RetryAfter = TimeSpan.Zero });
        plan.Add(FaultKind.ServiceUnavailable, probability: 0.05);
        plan.Add(FaultKind.ConnectionReset, probability: 0.02);
        plan.Add(FaultKind.TruncatedBody, probability: 0.01);
        plan.Add(new FaultRule { Kind = FaultKind.SlowResponse, Probability = 0.02, Delay = TimeSpan.FromSeconds(3) });
    }
}
