using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>
/// A bulk write whose answer is lost after ESM applied it: the loader looks the created cards up and sends the
/// batch again (up to three times). Within those resends one run succeeds; beyond them the batch is reported
/// failed, and the next run finds the cards and converges without duplicates.
/// </summary>
public sealed class UnknownWriteOutcomeTests
{
    private const int Issues = 10;

    [Theory]
    [InlineData(FaultKind.ResponseLost, 3, 1)]
    [InlineData(FaultKind.ServiceUnavailable, 3, 1)]
    [InlineData(FaultKind.TruncatedBody, 3, 1)]
    [InlineData(FaultKind.ResponseLost, 4, 2)]
    public async Task Run_BulkWriteOutcomeUnknown_ConvergesWithoutDuplicates(FaultKind fault, int times, int runs)
    {
        using var clean = new FaultHarness();
        clean.AddIssues(Issues, 5);
        await clean.RunAsync();

        using var h = new FaultHarness();
        h.AddIssues(Issues, 5);
        h.Esm.Faults.Add(fault, "**/dc/ticket/data", "PUT", maxCount: times);

        var first = await h.RunAsync();
        Assert.Equal(times, h.Esm.Faults.InjectedCount);
        if (runs == 1)
        {
            Assert.Equal(RunPhaseStatus.Succeeded, first.Record.Load.Status);
        }
        else
        {
            Assert.Equal(RunPhaseStatus.Failed, first.Record.Load.Status);
            Assert.Equal(Issues, first.Record.Counts.Failed);
            Assert.All(first.Record.Errors, e => Assert.Contains(nameof(EsmUnknownOutcomeException), e.Message,
                StringComparison.Ordinal));
            var second = await h.RunAsync();
            Assert.Equal(RunPhaseStatus.Succeeded, second.Record.Load.Status);
        }

        Assert.Equal(clean.CardSnapshot(), h.CardSnapshot());
        Assert.Equal(Issues, h.Esm.GetCards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
    }
}
