using Matrix42.JiraConnector.State;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

/// <summary>A run stopped while bulk writes are answered records exactly the writes ESM confirmed.</summary>
public sealed class StoppedRunCountsTests
{
    [Fact]
    public async Task RunAsync_StoppedRightAfterLastBulkWrite_CountsEveryCardWritten()
    {
        using var stop = new CancellationTokenSource();
        using var h = new SyncHarness(
            loadBatchSize: 10, esmHandler: inner => new StopOnBulkAnswer(stop, answers: 6) { InnerHandler = inner });
        h.Options.MaxConcurrentLoads = 1;
        for (var i = 0; i < 60; i++)
        {
            h.AddIssue($"Issue {i}");
        }

        var stopped = await h.RunAsync(SyncHarness.TicketTask(), cancellationToken: stop.Token);

        Assert.True(stop.IsCancellationRequested);
        Assert.Equal(RunPhaseStatus.Stopped, stopped.Record.Load.Status);
        Assert.Equal(60, h.Cards("ticket").Count);
        Assert.Equal(60, stopped.Record.Counts.Created);
        Assert.Equal(0, stopped.Record.Counts.Failed);
        Assert.Equal(60, stopped.Written!.Created.Count);
        var saved = Assert.Single(await h.Store.GetRunsAsync("task-1", 0, 10));
        Assert.Equal(60, saved.Counts.Created);

        // The cache learned every card too, so the next run writes nothing.
        var rerun = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(0, rerun.Record.Counts.Created + rerun.Record.Counts.Updated);
        Assert.Equal(60, rerun.Record.Counts.Unchanged);
    }

    [Fact]
    public async Task RunAsync_StoppedAfterSecondBulkWrite_CountsMatchTheCardsInEsm()
    {
        using var stop = new CancellationTokenSource();
        using var h = new SyncHarness(
            loadBatchSize: 10, esmHandler: inner => new StopOnBulkAnswer(stop, answers: 2) { InnerHandler = inner });
        h.Options.MaxConcurrentLoads = 1;
        for (var i = 0; i < 60; i++)
        {
            h.AddIssue($"Issue {i}");
        }

        var stopped = await h.RunAsync(SyncHarness.TicketTask(), cancellationToken: stop.Token);

        Assert.Equal(RunPhaseStatus.Stopped, stopped.Record.Load.Status);
        var cards = h.Cards("ticket").Select(c => c.ValueOf("jira_id")).Order().ToList();
        Assert.Equal(20, cards.Count);
        Assert.Equal(cards.Count, stopped.Record.Counts.Created);
        Assert.Equal(0, stopped.Record.Counts.Failed);
        Assert.Equal(cards, stopped.Written!.Created.Select(k => k.Id).Order());

        var rerun = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(40, rerun.Record.Counts.Created);
        Assert.Equal(60, h.Cards("ticket").Count);
    }

    [Fact]
    public async Task RunAsync_StopAndAnswerNeverRead_DoesNotCountTheUnconfirmedBatch()
    {
        using var stop = new CancellationTokenSource();
        SyncHarness? harness = null;
        using var h = harness = new SyncHarness(
            loadBatchSize: 10,
            esmHandler: inner => new StopOnBulkAnswer(stop, answers: 2, () => harness!.Time) { InnerHandler = inner });
        h.Options.MaxConcurrentLoads = 1;
        for (var i = 0; i < 60; i++)
        {
            h.AddIssue($"Issue {i}");
        }

        var stopped = await h.RunAsync(SyncHarness.TicketTask(), cancellationToken: stop.Token);

        // ESM applied the second batch, but its answer was lost once the grace ran out: only the first counts.
        Assert.Equal(RunPhaseStatus.Stopped, stopped.Record.Load.Status);
        Assert.Equal(20, h.Cards("ticket").Count);
        Assert.Equal(10, stopped.Record.Counts.Created);
        Assert.Equal(0, stopped.Record.Counts.Failed);
        Assert.Equal(10, stopped.Written!.Created.Count);

        var rerun = await h.RunAsync(SyncHarness.TicketTask());

        Assert.Equal(40, rerun.Record.Counts.Created);
        Assert.Equal(10, rerun.Record.Counts.Updated);
        Assert.Equal(60, h.Cards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_StoppedAfterFirstMarkingBatch_RecordsTheConfirmedMarks()
    {
        // The first run's two bulk writes create the cards; the third answer is the first batch of marks.
        using var stop = new CancellationTokenSource();
        using var h = new SyncHarness(
            loadBatchSize: 10, esmHandler: inner => new StopOnBulkAnswer(stop, answers: 3) { InnerHandler = inner });
        var issues = Enumerable.Range(0, 20).Select(i => h.Jira.AddIssue("OPS", $"Issue {i}")).ToList();
        await h.RunAsync(SyncHarness.TicketTask());
        issues.ForEach(h.Jira.DeleteIssue);

        var stopped = await h.RunAsync(SyncHarness.TicketTask(), cancellationToken: stop.Token);

        Assert.Equal(RunPhaseStatus.Stopped, stopped.Record.Load.Status);
        var marked = h.Cards("ticket").Where(c => c.ValueOf("state") == SyncHarness.Removed)
            .Select(c => c.ValueOf("jira_id")).Order().ToList();
        Assert.Equal(10, marked.Count);
        Assert.Equal(10, stopped.Record.Counts.MarkedRemoved);
        Assert.Equal(marked, stopped.Written!.Marked.Select(m => m.Key.Id).Order());
        Assert.Equal(marked, (await h.Store.GetRemovedKeysAsync("task-1")).Keys.Select(k => k.Id).Order());
    }

    // Stops the run once ESM has answered the given number of bulk writes: the answer's headers are in, its body
    // is still to be read from the wire (as from a socket), so the client reads it after the stop.
    // With a clock, the body never arrives: the clock is moved past the stop's grace instead.
    private sealed class StopOnBulkAnswer(
        CancellationTokenSource stop, int answers, Func<FakeTimeProvider>? clock = null) : DelegatingHandler
    {
        private int _seen;

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var isBulk = request.Method == HttpMethod.Put &&
                         request.RequestUri?.AbsolutePath.EndsWith("/dc/ticket/data", StringComparison.Ordinal) == true;
            if (!isBulk || !response.IsSuccessStatusCode || Interlocked.Increment(ref _seen) != answers)
            {
                return response;
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var unread = new StreamContent(new MemoryStream(body));
            foreach (var header in response.Content.Headers)
            {
                unread.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = unread;
            await stop.CancelAsync();
            if (clock is not null)
            {
                response.Dispose();
                clock().Advance(TimeSpan.FromSeconds(20));
                await Task.Delay(Timeout.InfiniteTimeSpan, clock(), cancellationToken);
            }

            return response;
        }
    }
}
