using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>
/// A run cancelled or crashed at a random call, then run again normally, ends where an uninterrupted run ends;
/// in between, the cache and the watermark claim nothing that did not reach ESM.
/// </summary>
public sealed class CrashRecoveryTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 400)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Run_InterruptedAtARandomCall_NextRunConvergesToTheFaultFreeResult(int seed)
    {
        var shape = (TaskShape)((seed - 1) % 4);
        var random = new Random(seed);
        var secondRun = random.Next(2) == 1;
        var kind = random.Next(2) == 0 ? InterruptionKind.Crash : InterruptionKind.Cancel;
        var afterCall = random.Next(2) == 1;
        var baseline = await CrashBaseline.GetAsync(shape, secondRun);
        var calls = kind == InterruptionKind.Crash ? baseline.HttpCalls + baseline.StoreCalls : baseline.HttpCalls;
        var at = random.NextInt64(1, calls + 1);

        var h = new CrashHarness(shape);
        CrashData.Seed(h);
        var trusted = new Dictionary<(EntityKey, string), string>();
        if (secondRun)
        {
            Assert.Equal(RunPhaseStatus.Succeeded, (await h.RunAsync())!.Record.Load.Status);
            await LearnAsync(h, trusted);
            CrashData.Change(h);
        }

        using var point = new Interruption(kind, at, afterCall);
        await h.RunAsync(point);
        var context = $"seed {seed}: {shape}, {kind} in the {(secondRun ? "second" : "first")} run at call " +
                      $"{at} of {calls} ({point.Where ?? "not reached"})";

        // Before the next run: what the state store claims must be true of ESM.
        var claims = new List<(TaskCacheEntry Entry, string? Content)>();
        await foreach (var entry in h.Store.ReadCacheAsync(CrashHarness.TaskId))
        {
            var card = h.Card(entry.DataCardId);
            var template = CrashHarness.TemplateOf(entry.Key.Kind);
            Assert.True(card is { Deleted: false },
                $"{context}: cache entry {entry.Key} names missing card {entry.DataCardId}");
            Assert.True(card.TemplateCode == template &&
                        card.ValueOf(CrashHarness.MatchAttributeOf(template)) == entry.Key.Id &&
                        card.ValueOf("task_id") == CrashHarness.TaskId,
                $"{context}: cache entry {entry.Key} names card {entry.DataCardId}, which holds another object");
            claims.Add((entry, h.Content(card)));
        }

        if (shape == TaskShape.GenericIncremental &&
            await h.Store.GetWatermarkAsync(CrashHarness.TaskId) is { } watermark)
        {
            var current = h.OutcomeByKey();
            foreach (var key in h.IssueKeys)
            {
                var match = "ticket:" + h.IdOf(key);
                var loaded = current[match].SequenceEqual(baseline.ByKey[match]);
                Assert.True(loaded || watermark.UpdatedUpTo <= h.UpdatedOf(key),
                    $"{context}: watermark {watermark.UpdatedUpTo:O} is past {key} (updated " +
                    $"{h.UpdatedOf(key):O}), which was not loaded");
            }
        }

        var rerun = await h.RunAsync();
        Assert.True(rerun is not null, context);
        Assert.True(rerun.Record.Extract.Status == RunPhaseStatus.Succeeded &&
                    rerun.Record.Load.Status == RunPhaseStatus.Succeeded,
            $"{context}: the next run ended {rerun.Record.Extract.Status}/{rerun.Record.Load.Status}: " +
            string.Join("; ", rerun.Record.Errors.Take(3).Select(e => e.Message)));
        var outcome = h.Outcome();
        Assert.True(baseline.Outcome.SequenceEqual(outcome),
            $"{context}: the next run did not reach the fault-free result. Missing: " +
            string.Join(", ", baseline.Outcome.Except(outcome).Take(3)) + "; unexpected: " +
            string.Join(", ", outcome.Except(baseline.Outcome).Take(3)));

        // The converged state is trustworthy: what it stores under a hash is that hash's content. Each cache entry
        // found after the interruption must name a card that then held the content of its hash.
        await LearnAsync(h, trusted);
        foreach (var (entry, content) in claims)
        {
            Assert.True(trusted.TryGetValue((entry.Key, entry.ContentHash), out var known),
                $"{context}: cache entry {entry.Key} holds a hash no completed run produced");
            Assert.True(known == content,
                $"{context}: cache entry {entry.Key} claims content card {entry.DataCardId} does not hold: " +
                $"claimed {known}, found {content}");
        }

        var writes = h.EsmWrites;
        var again = await h.RunAsync();
        Assert.True(again is { Record.Counts: { Created: 0, Updated: 0 } } && h.EsmWrites == writes,
            $"{context}: a further run wrote {h.EsmWrites - writes} times");
    }

    private static async Task LearnAsync(CrashHarness h, Dictionary<(EntityKey, string), string> trusted)
    {
        await foreach (var entry in h.Store.ReadCacheAsync(CrashHarness.TaskId))
        {
            trusted[(entry.Key, entry.ContentHash)] = h.Content(h.Card(entry.DataCardId)!);
        }
    }
}
