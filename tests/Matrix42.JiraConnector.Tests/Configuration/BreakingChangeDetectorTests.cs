using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class BreakingChangeDetectorTests
{
    [Fact]
    public void Detect_SameDocument_FindsNothing()
    {
        Assert.Empty(BreakingChangeDetector.Detect(SampleConfiguration.Valid(), SampleConfiguration.Valid()));
    }

    [Fact]
    public void Detect_EventTaskUsageChanged_IsBreaking()
    {
        var after = SampleConfiguration.Valid();
        after.Connectors[0].EventTasks[0].Usage = EventTaskUsage.UpdateIssue;

        var change = Assert.Single(BreakingChangeDetector.Detect(SampleConfiguration.Valid(), after));

        Assert.Equal("connectors[0].eventTasks[0].usage", change.Path);
        Assert.Equal(("CreateIssue", "UpdateIssue"), (change.OldValue, change.NewValue));
        Assert.Equal("event-create", change.TaskId);
    }

    [Fact]
    public void Detect_MappingsTypeChangedOnMovedTask_MatchesById()
    {
        var after = SampleConfiguration.Valid();
        var tasks = after.Connectors[0].EventTasks;
        (tasks[0], tasks[1]) = (tasks[1], tasks[0]);
        tasks[0].MappingsType = MappingsType.IdentityOnly;

        var change = Assert.Single(BreakingChangeDetector.Detect(SampleConfiguration.Valid(), after));

        Assert.Equal("connectors[0].eventTasks[0].mappingsType", change.Path);
        Assert.Equal("event-groups", change.TaskId);
    }

    [Fact]
    public void Detect_ScheduledTaskRenamed_IsBreaking()
    {
        var after = SampleConfiguration.Valid();
        after.Connectors[0].ScheduledTasks[1].Name = "People";

        var change = Assert.Single(BreakingChangeDetector.Detect(SampleConfiguration.Valid(), after));

        Assert.Equal("connectors[0].scheduledTasks[1].name", change.Path);
    }

    [Fact]
    public void Detect_NewTask_IsNotBreaking()
    {
        var after = SampleConfiguration.Valid();
        var added = SampleConfiguration.CreateIssueTask();
        added.Id = "event-new";
        added.Usage = EventTaskUsage.UpdateIssue;
        after.Connectors[0].EventTasks.Add(added);

        Assert.Empty(BreakingChangeDetector.Detect(SampleConfiguration.Valid(), after));
    }
}
