using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>An ESM token that stops working mid-run costs one renewal, not the run.</summary>
public sealed class EsmTokenExpiryTests
{
    [Fact]
    public async Task Run_EsmTokenInvalidatedMidRun_ContinuesAfterOneRenewal()
    {
        using var h = new FaultHarness();
        h.AddIssues(80, seed: 9);
        h.Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.SlowResponse, Method = "PUT", Delay = TimeSpan.FromSeconds(2),
        });
        var invalidated = false;

        var result = await h.RunAsync(onTick: _ =>
        {
            // Once the load has started writing, every token the fake issued stops working.
            if (!invalidated && h.Esm.GetCards("ticket").Count > 0)
            {
                h.Esm.InvalidateTokens();
                invalidated = true;
            }
        });

        Assert.True(invalidated, "the load never started");
        Assert.Equal(RunPhaseStatus.Succeeded, result.Record.Load.Status);
        Assert.Equal(80, h.CardSnapshot().Count);
        Assert.Equal(2, h.Esm.Log.CountWhere(r => r.Path.EndsWith("/users/login", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_EsmTokensExpireOnTheClock_RunCompletes()
    {
        using var h = new FaultHarness(esmTokenLifetime: TimeSpan.FromSeconds(20));
        h.AddIssues(80, seed: 10);

        var result = await h.RunAsync();

        Assert.Equal(RunPhaseStatus.Succeeded, result.Record.Load.Status);
        Assert.Equal(80, h.CardSnapshot().Count);
        Assert.Equal(80, h.CardSnapshot().Select(c => c.Split('|')[0]).Distinct().Count());
    }
}
