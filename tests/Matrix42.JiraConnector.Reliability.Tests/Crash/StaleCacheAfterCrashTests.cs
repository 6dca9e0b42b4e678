using System.Text.Json.Nodes;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>
/// A crash after ESM applied a bulk write but before the cache recorded it must not leave a cache entry that
/// describes the card's earlier content: a later change back to that content would look unchanged and be lost.
/// </summary>
public sealed class StaleCacheAfterCrashTests
{
    [Fact]
    public async Task Run_CrashAfterUpdateReachedEsm_ChangeBackToTheEarlierSummaryIsStillWritten()
    {
        var h = new CrashHarness(TaskShape.GenericFull);
        h.AddIssue("First summary");
        var key = h.IssueKeys[0];
        Assert.Equal(RunPhaseStatus.Succeeded, (await h.RunAsync())!.Record.Load.Status);

        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Jira.EditIssue(key, new JsonObject { ["summary"] = "Second summary" });
        var at = await CallNumberOfTicketWriteAsync(h);
        using (var crash = new Interruption(InterruptionKind.Crash, at, afterCall: true))
        {
            Assert.Null(await h.RunAsync(crash));
            Assert.Equal("after PUT /rest-api/itsm/v1/dc/ticket/data", crash.Where);
        }

        var card = Assert.Single(h.Esm.GetCards("ticket"));
        Assert.Equal("Second summary", card.ValueOf("summary"));
        await foreach (var entry in h.Store.ReadCacheAsync(CrashHarness.TaskId))
        {
            Assert.Fail($"The cache still holds {entry.Key} after a crash left its card's write unrecorded.");
        }

        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Jira.EditIssue(key, new JsonObject { ["summary"] = "First summary" });
        Assert.Equal(RunPhaseStatus.Succeeded, (await h.RunAsync())!.Record.Load.Status);

        Assert.Equal("First summary", Assert.Single(h.Esm.GetCards("ticket")).ValueOf("summary"));
    }

    // The number of the ticket bulk write among all calls of an uninterrupted run of the same state.
    private static async Task<long> CallNumberOfTicketWriteAsync(CrashHarness h)
    {
        var twin = new CrashHarness(TaskShape.GenericFull);
        twin.AddIssue("First summary");
        await twin.RunAsync();
        twin.Time.Advance(TimeSpan.FromMinutes(1));
        twin.Jira.EditIssue(twin.IssueKeys[0], new JsonObject { ["summary"] = "Second summary" });
        using var counter = Interruption.Counter();
        await twin.RunAsync(counter);
        var index = counter.Calls.ToList().FindIndex(c => c.StartsWith("PUT ", StringComparison.Ordinal) &&
                                                          c.EndsWith("/dc/ticket/data", StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new InvalidOperationException("The run wrote no ticket.");
    }
}
