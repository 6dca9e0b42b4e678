using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Sync;

/// <summary>
/// An answer cut off mid-body is a failed attempt inside the retries: reads are simply retried, so one run
/// succeeds.
/// </summary>
public sealed class TruncatedAnswerTests
{
    [Theory]
    [InlineData("jira", "**/search/jql", "POST")]
    [InlineData("jira", "**/issue/bulkfetch", "POST")]
    [InlineData("esm", "**/dc/ticket/data", "GET")]
    [InlineData("esm", "**/dc/ticket", "GET")]
    public async Task Run_ReadAnswersTruncatedTwice_SucceedsInOneRun(string service, string path, string method)
    {
        using var h = new FaultHarness();
        h.AddIssues(30, 3);
        var faults = service == "jira" ? h.Jira.Faults : h.Esm.Faults;
        faults.Add(FaultKind.TruncatedBody, path, method, maxCount: 2);

        var run = await h.RunAsync();

        Assert.Equal(2, faults.InjectedCount);
        Assert.Equal(RunPhaseStatus.Succeeded, run.Record.Extract.Status);
        Assert.Equal(RunPhaseStatus.Succeeded, run.Record.Load.Status);
        Assert.Equal(30, h.Esm.GetCards("ticket").Select(c => c.ValueOf("jira_id")).Distinct().Count());
    }
}
