using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

public sealed class DemoScenarioTests
{
    [Fact]
    public async Task Demo_NoArguments_ExitsZeroWithEveryStepAccountedFor()
    {
        using var folder = new TempFolder();

        var run = await SampleRun.StartAsync(null, "--state-dir", folder.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Configuration document: valid", run.Output, StringComparison.Ordinal);
        Assert.Contains("Smoke check passed", run.Output, StringComparison.Ordinal);
        for (var step = 0; step <= 5; step++)
        {
            Assert.Contains($"Step {step}:", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Demo finished:", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "state.db")), "The SQLite state store was not created.");
    }

    [Fact]
    public void DemoSite_Seeded_HasMixedAccountsGroupsAndTwoProjects()
    {
        var jira = new Testing.Jira.FakeJiraCloud();

        var facts = DemoJiraSite.Seed(jira);

        Assert.Equal(300, facts.Accounts);
        Assert.InRange(facts.People.Count, 250, 290);
        Assert.True(facts.Memberships >= facts.People.Count);
        Assert.Contains(facts.IssueKeys, k => k.StartsWith("OPS-", StringComparison.Ordinal));
        Assert.Contains(facts.IssueKeys, k => k.StartsWith("HR-", StringComparison.Ordinal));
        var issue = jira.GetIssue(facts.IssueKeys[5])!;
        Assert.Equal("doc", issue["fields"]!["description"]!["type"]!.GetValue<string>());
        Assert.NotNull(issue["fields"]![facts.Fields.Impact]);
    }

    [Fact]
    public async Task DemoChanges_Applied_MoveRenameDeactivateAndRemoveAreVisibleInJira()
    {
        await using var demo = DemoEnvironment.Start(TimeProvider.System, userCount: 60);

        var changes = DemoChanges.Apply(demo);

        Assert.StartsWith("HR-", changes.NewKey, StringComparison.Ordinal);
        Assert.Equal(changes.EditedIssueId, demo.Jira.GetIssue(changes.NewKey)!["id"]!.GetValue<string>());
        Assert.Equal(changes.RenamedGroupId, demo.Jira.FindGroupId(changes.NewGroupName));
        Assert.Null(demo.Jira.FindGroupId("finance"));
    }
}
