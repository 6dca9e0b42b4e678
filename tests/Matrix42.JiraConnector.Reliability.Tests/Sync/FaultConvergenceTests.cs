using Xunit.Abstractions;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>Runs under injected network and service faults end exactly where fault-free runs end.</summary>
public sealed class FaultConvergenceTests(ITestOutputHelper output)
{
    private const int Issues = 150;
    private const int MaxRuns = 8;

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task FullSync_UnderMixedFaults_ConvergesToTheFaultFreeResult(int seed)
    {
        using var clean = new FaultHarness();
        clean.AddIssues(Issues, seed);
        var baseline = await clean.RunAsync();
        Assert.Equal(RunPhaseStatus.Succeeded, baseline.Record.Load.Status);
        var expected = clean.CardSnapshot();
        Assert.Equal(Issues, expected.Count);

        using var faulty = new FaultHarness();
        faulty.AddIssues(Issues, seed);
        AddMixedFaults(faulty.Jira.Faults, seed);
        AddMixedFaults(faulty.Esm.Faults, seed + 1000);

        var runs = 0;
        for (; runs < MaxRuns; runs++)
        {
            var result = await faulty.RunAsync();
            if (result.Record.Load.Status == RunPhaseStatus.Succeeded && faulty.CardSnapshot().SequenceEqual(expected))
            {
                break;
            }
        }

        var injected = faulty.Jira.Faults.InjectedCount + faulty.Esm.Faults.InjectedCount;
        output.WriteLine($"seed {seed}: {injected} faults injected, converged after {runs + 1} run(s), " +
                         $"{faulty.Jira.Log.CountWhere(_ => true)} Jira and " +
                         $"{faulty.Esm.Log.CountWhere(_ => true)} ESM requests");
        Assert.True(injected > 0, "no fault was injected");
        Assert.Equal(expected, faulty.CardSnapshot());
        Assert.True(runs < MaxRuns, $"not converged after {MaxRuns} runs ({injected} faults)");
        Assert.Equal(Issues, faulty.Esm.GetCards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
    }

    private static void AddMixedFaults(FaultPlan plan, int seed)
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
