using System.Net;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>An extract that did not finish never makes cards look deleted.</summary>
public sealed class DeletionSafetyTests
{
    public static TheoryData<FaultKind> ExtractFailures => new()
    {
        FaultKind.ServiceUnavailable, FaultKind.TooManyRequests, FaultKind.ConnectionReset, FaultKind.TruncatedBody,
        FaultKind.HtmlErrorPage,
    };

    [Theory]
    [MemberData(nameof(ExtractFailures))]
    public async Task Run_ExtractFailsOnEverySearch_MarksNothingRemoved(FaultKind kind)
    {
        using var h = await SyncedAsync();
        h.Jira.Faults.Add(new FaultRule
        {
            Kind = kind, PathPattern = "/rest/api/3/search/jql", RetryAfter = TimeSpan.Zero,
        });

        var result = await h.RunAsync();

        Assert.NotEqual(RunPhaseStatus.Succeeded, result.Record.Extract.Status);
        Assert.Equal(0, result.Record.Counts.MarkedRemoved);
        Assert.DoesNotContain(h.CardSnapshot(), c => c.EndsWith(FaultHarness.Removed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ExtractFailsOnSecondPage_MarksNothingRemoved()
    {
        using var h = await SyncedAsync(issues: 250);
        h.Jira.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServiceUnavailable, PathPattern = "/rest/api/3/search/jql", Skip = 1,
        });

        var result = await h.RunAsync();

        Assert.NotEqual(RunPhaseStatus.Succeeded, result.Record.Extract.Status);
        Assert.Equal(0, result.Record.Counts.MarkedRemoved);
        Assert.DoesNotContain(h.CardSnapshot(), c => c.EndsWith(FaultHarness.Removed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_Unauthorized401DuringExtract_FailsAndMarksNothingRemoved()
    {
        // Cards exist for this task, but the site now refuses the token: a 401 must not read as "no issues".
        using var h = new FaultHarness(jiraServerToken: "rotated-token");
        h.Esm.AddCard("ticket", "tickets", new Dictionary<string, object?>
        {
            ["jira_id"] = "10001", ["jira_key"] = "OPS-1", ["summary"] = "Synced before", ["task_id"] = "task-1",
        });

        var result = await h.RunAsync();

        Assert.Equal(RunPhaseStatus.Failed, result.Record.Extract.Status);
        Assert.Equal(0, result.Record.Counts.MarkedRemoved);
        Assert.DoesNotContain(h.CardSnapshot(), c => c.EndsWith(FaultHarness.Removed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CancelledDuringExtract_MarksNothingRemoved()
    {
        using var h = await SyncedAsync();
        h.Jira.Faults.Add(new FaultRule
        {
            Kind = FaultKind.SlowResponse, PathPattern = "/rest/api/3/search/jql", Delay = TimeSpan.FromMinutes(10),
        });
        using var cancel = new CancellationTokenSource();

        var run = h.RunAsync(cancellationToken: cancel.Token);
        await Task.Delay(50);
        await cancel.CancelAsync();
        var error = await Record.ExceptionAsync(() => run);

        Assert.True(error is null or OperationCanceledException, error?.ToString());
        Assert.DoesNotContain(h.CardSnapshot(), c => c.EndsWith(FaultHarness.Removed, StringComparison.Ordinal));
    }

    private static async Task<FaultHarness> SyncedAsync(int issues = 20)
    {
        var h = new FaultHarness();
        h.AddIssues(issues, seed: 5);
        var first = await h.RunAsync();
        Assert.Equal(RunPhaseStatus.Succeeded, first.Record.Load.Status);
        Assert.Equal(issues, h.CardSnapshot().Count);
        return h;
    }
}
