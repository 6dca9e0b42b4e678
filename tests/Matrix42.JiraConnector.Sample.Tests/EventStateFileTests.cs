using Matrix42.JiraConnector.Sample.Cli;
using Matrix42.JiraConnector.Sample.Demo;
using Matrix42.JiraConnector.Sqlite;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>The hosted event activities keep their state in the run's own SQLite file.</summary>
public sealed class EventStateFileTests
{
    [Fact]
    public async Task Event_CreateIssue_RecordsWhatItSentInTheStateDirectorysDatabase()
    {
        await using var fakes = LoopbackFakes.Start();
        var card = fakes.Demo.EsmFacts.IncidentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await fakes.RunAsync("--event", DemoConfiguration.CreateIssueTaskName, "--card", card);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var store = new SqliteConnectorStateStore(
            new SqliteStateStoreOptions { Path = Path.Combine(fakes.Folder.File("state"), "state.db") });
        var sent = await store.GetSentValuesAsync("demo-create-issue", card);
        Assert.NotNull(sent);
        Assert.Contains(
            sent.Values, v => v?.Contains("Conference room display is black", StringComparison.Ordinal) == true);
    }
}
