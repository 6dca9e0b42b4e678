using System.Collections.Concurrent;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>What the same runs produce without interruption, and how many calls the interrupted run makes.</summary>
internal sealed record CrashBaseline(
    List<string> Outcome, ILookup<string, string> ByKey, long HttpCalls, long StoreCalls)
{
    private static readonly ConcurrentDictionary<(TaskShape, bool), Lazy<Task<CrashBaseline>>> Known = new();

    /// <summary>The baseline of a shape, computed once per test process.</summary>
    /// <param name="shape">The task shape.</param>
    /// <param name="secondRun">Whether the interrupted run is the one after the changes (else the first).</param>
    public static Task<CrashBaseline> GetAsync(TaskShape shape, bool secondRun) =>
        Known.GetOrAdd((shape, secondRun), key => new Lazy<Task<CrashBaseline>>(() => ComputeAsync(key.Item1,
            key.Item2))).Value;

    private static async Task<CrashBaseline> ComputeAsync(TaskShape shape, bool secondRun)
    {
        var h = new CrashHarness(shape);
        CrashData.Seed(h);
        if (secondRun)
        {
            Succeeded(await h.RunAsync());
            CrashData.Change(h);
        }

        using var counter = Interruption.Counter();
        Succeeded(await h.RunAsync(counter));
        return new CrashBaseline(h.Outcome(), h.OutcomeByKey(), counter.HttpCalls, counter.StoreCalls);
    }

    private static void Succeeded(Matrix42.JiraConnector.Sync.ScheduledRunResult? result)
    {
        if (result?.Record.Load.Status != RunPhaseStatus.Succeeded)
        {
            throw new InvalidOperationException("The fault-free baseline run did not succeed.");
        }
    }
}
