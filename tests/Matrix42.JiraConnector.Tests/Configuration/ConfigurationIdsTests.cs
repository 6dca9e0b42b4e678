using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class ConfigurationIdsTests
{
    [Fact]
    public void AssignMissing_OnlyBlankIds_AreGenerated()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].ScheduledTasks[1].Id = null;
        document.Connectors[0].EventTasks[0].Id = " ";
        var counter = 0;

        var assigned = ConfigurationIds.AssignMissing(document, () => $"new-{++counter}");

        Assert.Equal(["connectors[0].scheduledTasks[1].id", "connectors[0].eventTasks[0].id"], assigned);
        Assert.Equal("new-1", document.Connectors[0].ScheduledTasks[1].Id);
        Assert.Equal("new-2", document.Connectors[0].EventTasks[0].Id);
        Assert.Equal("task-issues", document.Connectors[0].ScheduledTasks[0].Id);
        Assert.Equal("conn-1", document.Connectors[0].Id);
    }

    [Fact]
    public void AssignMissing_AfterExportAndImport_KeepsTheGeneratedIds()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].ScheduledTasks[0].Id = null;
        ConfigurationIds.AssignMissing(document);
        var generated = document.Connectors[0].ScheduledTasks[0].Id;

        var imported = ConnectorConfigurationSerializer.FromJson(ConnectorConfigurationSerializer.ToJson(document));
        var assignedAgain = ConfigurationIds.AssignMissing(imported);

        Assert.Empty(assignedAgain);
        Assert.Equal(generated, imported.Connectors[0].ScheduledTasks[0].Id);
        Assert.Matches("^[0-9a-f]{32}$", generated);
    }
}
