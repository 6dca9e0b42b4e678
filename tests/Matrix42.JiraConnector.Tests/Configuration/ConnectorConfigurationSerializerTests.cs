using System.Text;
using Matrix42.JiraConnector.Configuration;
using Microsoft.Extensions.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class ConnectorConfigurationSerializerTests
{
    [Fact]
    public void ToJson_ThenFromJson_KeepsEverySetting()
    {
        var original = SampleConfiguration.Valid();

        var json = ConnectorConfigurationSerializer.ToJson(original);
        var copy = ConnectorConfigurationSerializer.FromJson(json);

        Assert.Equal(json, ConnectorConfigurationSerializer.ToJson(copy));
        var task = copy.Connectors[0].ScheduledTasks[0];
        Assert.Equal(ScheduledTaskKind.Incremental, task.Kind);
        Assert.Equal("5 - Closed", task.Generic!.Mappings[1].ValueTable["Done"]);
        Assert.Equal(new DateOnly(2027, 3, 1), copy.Connectors[0].Jira.ApiTokenExpiresOn);
        Assert.Equal("ESM_PASSWORD", copy.Connectors[0].Esm.WebApiPassword!.EnvironmentVariable);
    }

    [Fact]
    public void ToJson_WritesEnumsAsNamesInCamelCase()
    {
        var json = ConnectorConfigurationSerializer.ToJson(SampleConfiguration.Valid());

        Assert.Contains("\"mappingsType\": \"IdentityAndAccessRights\"", json, StringComparison.Ordinal);
        Assert.Contains("\"environmentType\": \"Test\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Kind\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_UnknownFormatVersion_Throws()
    {
        var exception = Assert.Throws<ConfigurationFormatException>(
            () => ConnectorConfigurationSerializer.FromJson("{\"formatVersion\": 7, \"connectors\": []}"));

        Assert.Contains("formatVersion 7", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_MalformedJson_ThrowsFormatException()
    {
        Assert.Throws<ConfigurationFormatException>(
            () => ConnectorConfigurationSerializer.FromJson("{\"connectors\": [ {\"name\": 1} ]}"));
    }

    [Fact]
    public void FromConfiguration_AppSettingsSection_BindsTheSameDocument()
    {
        var json = "{\"JiraConnector\": " + ConnectorConfigurationSerializer.ToJson(SampleConfiguration.Valid()) + "}";
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            .Build();

        var document = ConnectorConfigurationSerializer.FromConfiguration(configuration.GetSection("JiraConnector"));

        Assert.Equal(ConnectorConfigurationSerializer.ToJson(SampleConfiguration.Valid()),
            ConnectorConfigurationSerializer.ToJson(document));
    }

    [Fact]
    public void FromJson_EventTaskTrigger_ReadsEverySettingAndWritesItBackTheSame()
    {
        var document = SampleConfiguration.Valid();
        var json = ConnectorConfigurationSerializer.ToJson(document).Replace(
            "\"eventTasks\": [\n        {",
            "\"eventTasks\": [\n        {\n          \"trigger\": { \"enabled\": false, " +
            "\"activity\": \"UpdateIssue\", " +
            "\"conditions\": [ { \"attribute\": \"status\", \"equals\": \"1 - New\" } ], " +
            "\"lastModifiedAttribute\": \"modified\", \"intervalSeconds\": 60 },",
            StringComparison.Ordinal);

        var read = ConnectorConfigurationSerializer.FromJson(json);
        var copy = ConnectorConfigurationSerializer.FromJson(ConnectorConfigurationSerializer.ToJson(read));

        var trigger = copy.Connectors[0].EventTasks[0].Trigger;
        Assert.NotNull(trigger);
        Assert.False(trigger.Enabled);
        Assert.Equal(EventTriggerActivity.UpdateIssue, trigger.Activity);
        var condition = Assert.Single(trigger.Conditions);
        Assert.Equal("status", condition.Attribute);
        Assert.Equal("1 - New", condition.EqualTo);
        Assert.Equal("modified", trigger.LastModifiedAttribute);
        Assert.Equal(60, trigger.IntervalSeconds);
        Assert.Contains("\"equals\": \"1 - New\"", ConnectorConfigurationSerializer.ToJson(copy),
            StringComparison.Ordinal);
        Assert.Null(copy.Connectors[0].EventTasks[1].Trigger);
    }

    [Fact]
    public void FromConfiguration_EventTaskTrigger_BindsTheSameAsJson()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].EventTasks[0].Trigger = new EventTriggerSettings
        {
            Activity = EventTriggerActivity.PushStatus,
            Conditions = [new EventTriggerCondition { Attribute = "status", EqualTo = "1 - New" }],
            IntervalSeconds = 30,
        };
        var json = ConnectorConfigurationSerializer.ToJson(document);
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            .Build();

        var bound = ConnectorConfigurationSerializer.FromConfiguration(configuration);

        Assert.Equal(json, ConnectorConfigurationSerializer.ToJson(bound));
        Assert.Equal("1 - New", bound.Connectors[0].EventTasks[0].Trigger!.Conditions[0].EqualTo);
    }

    [Fact]
    public void FromConfiguration_EmptySection_GivesDefaults()
    {
        var configuration = new ConfigurationBuilder().Build();

        var document = ConnectorConfigurationSerializer.FromConfiguration(configuration.GetSection("Missing"));

        Assert.Equal(ConnectorConfigurationDocument.CurrentFormatVersion, document.FormatVersion);
        Assert.Empty(document.Connectors);
    }

    [Fact]
    public void FromJson_DefaultsOfOmittedSettings_AreDocumentedValues()
    {
        var document = ConnectorConfigurationSerializer.FromJson(
            "{\"connectors\":[{\"scheduledTasks\":[{\"generic\":{}}],\"eventTasks\":[{}]}]}");

        var task = document.Connectors[0].ScheduledTasks[0];
        Assert.True(task.Enabled);
        Assert.Equal("UTC", task.Schedule.TimeZone);
        Assert.Equal(TimeSpan.FromMinutes(5), task.IncrementalOverlap);
        Assert.Equal(0.2, task.Generic!.DeletionGuard.MaxShare);
        Assert.Equal(OwnershipPolicy.AdoptUnowned, task.Generic.Ownership);
        Assert.Equal(MembershipSemantics.Strict, document.Connectors[0].EventTasks[0].MembershipSemantics);
        Assert.Equal(JiraConnectionSettings.DefaultGatewayUrl, document.Connectors[0].Jira.GatewayUrl);
    }
}
